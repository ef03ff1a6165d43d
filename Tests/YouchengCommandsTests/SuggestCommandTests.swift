import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// `youcheng suggest`: the home's partners left out, the filters and limit applied, the API's JSON; bad arguments
/// refused in both languages; both databases.
@Suite struct SuggestCommandTests {
    @Test(arguments: TestBackend.available)
    func suggestLeavesOutTheHomesPartnersAndPrintsTheAPIsJSON(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            _ = try await services.registry.save(
                PartnershipDraft(
                    homeCode: "320100", partnerName: "Lyon", partnerNameZh: "里昂", country: "FR", kind: .sisterCity,
                    established: nil, status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system)

            let output = try await SuggestRun.run(
                services: services, home: "南京市", themes: "航空航天", country: "法国", group: nil, limit: 5)

            #expect(output.page.items.count == 5)
            #expect(output.page.items.allSatisfy { $0.city.country == "FR" })
            #expect(!output.page.items.contains { $0.city.id == 2_996_944 })
            // France has Lyon: the new-country factor gives no French city anything.
            #expect(output.page.items.allSatisfy { $0.points(.newCountry) == 0 })
            #expect(output.text.hasPrefix("南京市 320100："))
            let json = output.json.serialized(pretty: false)
            #expect(json.contains(#""per":5"#) && json.contains(#""themes":["航空航天"]"#))
        }
    }

    @Test func aBadLimitOrHomeIsRefused() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let services = Services(database: database)
            await #expect(throws: CommandFailure.self) {
                _ = try await SuggestRun.run(
                    services: services, home: "南京市", themes: nil, country: nil, group: nil, limit: 0)
            }
            await #expect(throws: CommandFailure.self) {
                _ = try await SuggestRun.run(
                    services: services, home: "火星", themes: nil, country: nil, group: nil, limit: 5)
            }
        }
    }
}
