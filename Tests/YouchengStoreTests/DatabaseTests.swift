import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct DatabaseTests {
    @Test(arguments: TestBackend.available)
    func aClosedDatabaseRefusesQueriesInsteadOfWaiting(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            await database.close()
            await #expect(throws: (any Error).self) { try await store.count() }
        }
    }

    @Test(arguments: [
        ("sqlite:youcheng.sqlite", DatabaseURL.sqlite(path: "youcheng.sqlite")),
        ("sqlite:///var/lib/youcheng.sqlite", .sqlite(path: "/var/lib/youcheng.sqlite")),
        ("postgres://u:p@db:5432/yc", .postgres(url: "postgres://u:p@db:5432/yc", schema: nil)),
        ("postgres://u@db/yc?schema=t_1", .postgres(url: "postgres://u@db/yc", schema: "t_1")),
    ])
    func databaseURLsParse(text: String, expected: DatabaseURL) throws {
        #expect(try DatabaseURL(parsing: text) == expected)
    }

    @Test(arguments: ["mysql://x", "sqlite:", "postgres://", "postgres://u@db/yc?schema=Drop Table"])
    func badDatabaseURLsAreRefusedWithTheValueNamed(text: String) {
        #expect(throws: FieldError.self) { try DatabaseURL(parsing: text) }
    }

    @Test func passwordsAreHiddenInLogs() throws {
        #expect(try DatabaseURL(parsing: "postgres://u:secret@db/yc").description == "postgres://u:***@db/yc")
    }
}
