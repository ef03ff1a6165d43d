import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// `youcheng pipeline`: the home given or the default one, its JSON (the API's shape), a home that does not exist,
/// and the demo pipeline loaded once.
@Suite struct PipelineCommandTests {
    let today = Day(year: 2026, month: 5, day: 20)!

    @Test(arguments: TestBackend.available)
    func withoutAHomeItShowsTheHomeWithATargetAndItsJSONHasTheAPIsShape(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-05-20T09:00:00Z"))
            try await services.prospects.setTarget(
                PipelineTarget(homeCode: "320500", year: 2026, newPartnerships: CountRange(min: 3, max: 4)),
                by: .system)

            let byDefault = try await PipelineRun.progress(services: services, home: nil, year: nil, today: today)
            let byName = try await PipelineRun.progress(services: services, home: "苏州市", year: 2026, today: today)

            #expect(byDefault == byName)
            let json = byDefault.json.serialized(pretty: false)
            // Nothing signed: the gap is the whole target, 3–4.
            #expect(json.hasPrefix(#"{"home":"320500","year":2026,"target":{"#))
            #expect(json.contains(#""signed":0,"byStage":{"identified":0,"#))
            #expect(json.contains(#""gap":{"min":3,"max":4}"#))
        }
    }

    @Test func aHomeThatDoesNotExistIsRefusedNamingIt() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let services = Services(database: database)
            await #expect(throws: CommandFailure.self) {
                try await PipelineRun.progress(services: services, home: "不存在市", year: 2026, today: today)
            }
        }
    }

    @Test func theDemoPipelineEntersItsProspectsAndTheYearsTargetOnce() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let services = Services(database: database)
            let withoutRegistry = try await DemoData.loadPipelineIfEmpty(into: services, today: today)
            _ = try await DemoData.loadIfEmpty(into: services.registry, reference: .bundled)
            _ = try await services.accounts.units.create(MemberUnit.defaultDraft, by: .system)

            let loaded = try await DemoData.loadPipelineIfEmpty(into: services, today: today)
            let again = try await DemoData.loadPipelineIfEmpty(into: services, today: today)
            let progress = try await services.prospects.progress(homeCode: "320500", year: 2026, asOf: today)

            #expect(!withoutRegistry && loaded && !again)
            #expect(try await services.prospects.list(ProspectQuery()).total == 8)
            #expect(progress.target?.newPartnerships == CountRange(min: 3, max: 4))
            // In approval: Leuven (submitted) and Tampere (approved); in talks: Toulouse, Aarhus, Tallinn.
            #expect(progress.inApproval == 2)
            #expect(progress.inTalks == 3)
            #expect(progress.byStage[.shelved] == 1)
        }
    }
}
