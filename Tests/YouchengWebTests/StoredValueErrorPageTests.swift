import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@testable import YouchengWeb

/// A stored value the program cannot read is answered with a 500 that says where it is, on the API and on pages.
@Suite struct StoredValueErrorPageTests {
    @Test(arguments: TestBackend.available)
    func anUnknownStoredKindIsA500NamingTableRowAndColumn(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let clock = TestClock(WebTestSite.fixedNow)
            let accounts = AccountStores.forTests(database, clock: clock)
            let unit = try await accounts.units.create(MemberUnit.defaultDraft, by: .system)
            let user = try await accounts.users.create(
                username: "admin", password: WebTestSite.password, unitId: unit.id, role: .admin, by: .system)
            let session = try await accounts.sessions.create(userId: user.id)
            let cookie: HTTPFields = [.cookie: "\(SessionMiddleware.cookieName)=\(session.id)"]
            let store = RegistryStore(database: database, reference: .bundled)
            let plan = try RegistryImporter(reference: .bundled).plan([
                ["本地主体", "外方城市", "外方城市英文名", "国家", "类型"], ["南京市", "莱比锡", "Leipzig", "DE", "友好城市"],
            ])
            _ = try await store.apply(plan.rows, dryRun: false, actor: .system)
            let id = try #require(try await store.all(PartnershipQuery()).first?.partnership.id)
            try await database.withConnection { sql in
                try await sql.raw("UPDATE partnerships SET kind = 'twinTown' WHERE id = \(bind: id)").run()
            }

            try await TwoServersTests().server(database, clock: clock).test(.router) { client in
                let api = try await client.execute(uri: "/api/v1/partnerships", method: .get, headers: cookie)
                let page = try await client.execute(uri: "/partnerships?lang=en", method: .get, headers: cookie)
                let body = String(buffer: api.body)

                #expect(api.status == .internalServerError && page.status == .internalServerError)
                #expect(body.contains(#""code":"unreadable_stored_value""#))
                #expect(body.contains("表 partnerships 中 id 为 \(id) 的行，kind 列为「twinTown」"))
                #expect(
                    String(buffer: page.body).contains(
                        "table partnerships, row id \(id), column kind is &quot;twinTown&quot;"))
            }
        }
    }
}
