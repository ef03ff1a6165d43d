import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Peer figures on both databases: one per city and year, replaced on saving again, audited.
@Suite struct PeerStoreTests {
    @Test(arguments: TestBackend.available)
    func theSameCityAndYearReplacesTheFigureAndEveryChangeIsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = PeerStore(database: database)
            let first = try await store.save(
                [
                    PeerCity(city: "杭州市", partnerships: 30, year: 2024),
                    PeerCity(city: "杭州市", partnerships: 28, year: 2023),
                ],
                actor: .system)
            let again = try await store.save(
                [PeerCity(city: "杭州市", partnerships: 31, countries: 27, year: 2024)], actor: .system)

            let stored = try await store.list()
            #expect(first == (2, 0) && again == (0, 1))
            #expect(
                stored.map(\.year) == [2024, 2023] && stored.first?.partnerships == 31 && stored.first?.countries == 27)
            let log = try await AuditStore(database: database).entries(AuditQuery(entityType: .peer))
            #expect(log.total == 3)
            #expect(
                log.items.first?.changes == [
                    FieldChange(field: "partnerships", before: "30", after: "31"),
                    FieldChange(field: "countries", before: nil, after: "27"),
                ])
            let deleted = try await store.delete(id: try #require(stored.last?.id), actor: .system)
            #expect(deleted?.year == 2023)
            #expect(try await store.list().count == 1)
        }
    }
}
