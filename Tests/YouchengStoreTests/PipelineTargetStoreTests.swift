import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Targets and progress on both databases: a target is set, replaced and audited once per change; the progress reads
/// the registry's partnerships of the home and the localities under it, and the home's prospects.
@Suite struct PipelineTargetStoreTests {
    let admin = AuditActor(username: "admin", unitId: 1)
    let today = Day(year: 2026, month: 5, day: 20)!

    var target: PipelineTarget {
        PipelineTarget(
            homeCode: "320500", year: 2026, newPartnerships: CountRange(min: 3, max: 4),
            totalBy: .init(date: Day(year: 2026, month: 12, day: 31)!, count: 10),
            localitiesBy: .init(date: Day(year: 2026, month: 12, day: 31)!, count: nil))
    }

    func twin(_ services: Services, home: String, name: String, established: PartialDate?) async throws {
        _ = try await services.registry.save(
            PartnershipDraft(
                homeCode: home, partnerName: name, partnerNameZh: "", country: "JP", kind: .friendshipCity,
                established: established, status: .active, notes: ""),
            id: nil, expectedVersion: nil, actor: .system)
    }

    @Test(arguments: TestBackend.available)
    func progressCountsTheHomesPartnershipsOfTheYearAndItsProspectsAgainstTheTarget(backend: TestBackend)
        async throws
    {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-05-20T09:00:00Z"))
            let unit = try await services.accounts.units.create(MemberUnit.defaultDraft, by: .system)
            try await services.prospects.setTarget(target, by: admin)
            try await twin(
                services, home: "320500", name: "Kanazawa", established: PartialDate(year: 2026, month: 2, day: 1))
            try await twin(services, home: "320508", name: "Florence", established: PartialDate(year: 2026, month: 3))
            try await twin(services, home: "320500", name: "Ikeda", established: PartialDate(year: 1981))
            try await twin(services, home: "320100", name: "Nagoya", established: PartialDate(year: 2026, month: 1))
            for (name, stage) in [("Lyon", ProspectStage.contacted), ("Brno", .submitted)] {
                _ = try await services.prospects.create(
                    ProspectDraft(name: name, nameZh: "", country: "FR", homeCode: "320500", unitId: unit.id),
                    stage: stage, today: today, by: admin)
            }

            let progress = try await services.prospects.progress(homeCode: "320500", year: 2026, asOf: today)

            // Signed in 2026 under 苏州市: Kanazawa (320500) and Florence (320508); Nagoya is 南京市's → 2.
            #expect(progress.signed == 2)
            // Gap: 3 − 2 = 1, 4 − 2 = 2.
            #expect(progress.gap == CountRange(min: 1, max: 2))
            #expect(progress.inTalks == 1)
            #expect(progress.inApproval == 1)
            // Total by 2026-12-31 as of 2026-05-20: Kanazawa, Florence, Ikeda → 3 of 10, gap 7.
            #expect(progress.total?.reached == 3)
            #expect(progress.total?.gap == 7)
            // Localities: 苏州市 has 10 localities under it; only 姑苏区 (320508) has a partner → 1 of 10.
            #expect(progress.localities?.target == 10)
            #expect(progress.localities?.reached == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aTargetSetAgainWithTheSameFiguresWritesNothingAndAChangeIsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-05-20T09:00:00Z"))
            try await services.prospects.setTarget(target, by: admin)
            try await services.prospects.setTarget(target, by: admin)
            var changed = target
            changed.newPartnerships = CountRange(min: 4, max: 4)
            changed.localitiesBy = nil
            try await services.prospects.setTarget(changed, by: admin)

            #expect(try await services.prospects.target(homeCode: "320500", year: 2026) == changed)
            let entries = try await services.audit.entries(AuditQuery(entityType: .pipelineTarget)).items
            #expect(entries.count == 2)
            #expect(entries.first?.entityId == "320500/2026")
        }
    }

    @Test(arguments: TestBackend.available)
    func aTargetWithItsLowerEndAboveTheUpperIsRefusedAndNothingStored(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-05-20T09:00:00Z"))
            var wrong = target
            wrong.newPartnerships = CountRange(min: 5, max: 4)

            await #expect(throws: FieldErrors.self) {
                try await services.prospects.setTarget(wrong, by: admin)
            }
            let stored = try await services.prospects.target(homeCode: "320500", year: 2026)
            #expect(stored == nil)
        }
    }
}
