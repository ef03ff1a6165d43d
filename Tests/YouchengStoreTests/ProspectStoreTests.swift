import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Prospects on both databases: the stage rules through the store with their history, signing that creates the
/// registry partnership exactly once (also when two signings race), reuse of a partner already twinned with another
/// home, and the audit entries of each write.
@Suite struct ProspectStoreTests {
    let admin = AuditActor(username: "admin", unitId: 1)
    let today = Day(year: 2026, month: 5, day: 20)!

    /// Services at 2026-05-20 with the FAO unit.
    struct Fixture {
        let services: Services
        let unit: MemberUnit

        init(_ database: Database) async throws {
            services = Services.forTests(database, clock: TestClock("2026-05-20T09:00:00Z"))
            unit = try await services.accounts.units.create(MemberUnit.defaultDraft, by: .system)
        }

        /// Toulouse (FR) as a prospect of 苏州市 (320500).
        func toulouse(home: String = "320500") -> ProspectDraft {
            ProspectDraft(
                name: "Toulouse", nameZh: "图卢兹", country: "FR", homeCode: home, unitId: unit.id,
                themes: ["航空航天"])
        }
    }

    func day(_ month: Int, _ day: Int) -> Day { Day(year: 2026, month: month, day: day)! }

    @Test(arguments: TestBackend.available)
    func stageChangesFollowTheRulesAndAreKeptDatedInTheHistory(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let store = f.services.prospects
            let created = try await store.create(f.toulouse(), date: day(3, 1), today: today, by: admin)

            let contacted = try await store.changeStage(
                id: created.id, ProspectStageRequest(stage: .contacted, date: day(3, 10)), expectedVersion: 1,
                today: today, by: admin)
            await #expect(throws: ProspectError.reasonRequired(.identified)) {
                try await store.changeStage(
                    id: created.id, ProspectStageRequest(stage: .identified, date: day(3, 11)), expectedVersion: nil,
                    today: today, by: admin)
            }
            await #expect(throws: ProspectError.staleVersion(current: 2)) {
                try await store.changeStage(
                    id: created.id, ProspectStageRequest(stage: .negotiating, date: day(3, 11)), expectedVersion: 1,
                    today: today, by: admin)
            }
            _ = try await store.changeStage(
                id: created.id, ProspectStageRequest(stage: .shelved, date: day(4, 1), reason: "对方换届"),
                expectedVersion: 2, today: today, by: admin)

            let stored = try #require(try await store.prospect(id: created.id))
            #expect(contacted.prospect.version == 2)
            #expect(stored.stage == .shelved)
            #expect(stored.version == 3)
            #expect(stored.history.map(\.stage) == [.identified, .contacted, .shelved])
            #expect(stored.history.map(\.date) == [day(3, 1), day(3, 10), day(4, 1)])
            #expect(stored.history.last?.reason == "对方换届")
            let entries = try await f.services.audit.entries(AuditQuery(entityType: .prospect)).items
            // One entry for the creation and one for each of the two changes that were made.
            #expect(entries.count == 3)
        }
    }

    @Test(arguments: TestBackend.available)
    func signingCreatesThePartnershipOnTheSigningDayOnceAndLinksIt(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let store = f.services.prospects
            let created = try await store.create(
                f.toulouse(), stage: .approved, date: day(4, 1), today: today, by: admin)

            let signed = try await store.changeStage(
                id: created.id, ProspectStageRequest(stage: .signed, date: day(5, 8), kind: .sisterCity),
                expectedVersion: nil, today: today, by: admin)
            await #expect(throws: ProspectError.alreadySigned(partnershipId: signed.partnership?.partnership.id)) {
                try await store.changeStage(
                    id: created.id, ProspectStageRequest(stage: .signed, date: day(5, 9), kind: .sisterCity),
                    expectedVersion: nil, today: today, by: admin)
            }

            let record = try #require(signed.partnership)
            #expect(signed.prospect.partnershipId == record.partnership.id)
            #expect(record.partnership.established == PartialDate(year: 2026, month: 5, day: 8))
            #expect(record.partnership.kind == .sisterCity)
            #expect(record.home.code == "320500")
            #expect(record.partner.name == "Toulouse")
            // The registry's read model sees it.
            #expect(try await f.services.registry.count() == 1)
            #expect(try await f.services.registry.partnership(id: record.partnership.id) != nil)
            let partnershipEntries = try await f.services.audit.entries(AuditQuery(entityType: .partnership)).items
            #expect(partnershipEntries.count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func signingWithoutAKindChangesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let store = f.services.prospects
            let created = try await store.create(f.toulouse(), today: today, by: admin)

            await #expect(throws: ProspectError.kindRequired) {
                try await store.changeStage(
                    id: created.id, ProspectStageRequest(stage: .signed, date: today), expectedVersion: nil,
                    today: today, by: admin)
            }

            #expect(try await store.prospect(id: created.id)?.stage == .identified)
            #expect(try await f.services.registry.count() == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func twoSigningsAtOnceCreateOnePartnership(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let store = f.services.prospects
            let created = try await store.create(f.toulouse(), today: today, by: admin)
            let request = ProspectStageRequest(stage: .signed, date: today, kind: .friendshipCity)

            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        (try? await store.changeStage(
                            id: created.id, request, expectedVersion: nil, today: today, by: admin)) != nil
                    }
                }
                var results: [Bool] = []
                for await result in group { results.append(result) }
                return results
            }

            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await f.services.registry.count() == 1)
            #expect(try await store.prospect(id: created.id)?.history.filter { $0.stage == .signed }.count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func signingReusesThePartnerAlreadyTwinnedWithAnotherHome(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let existing = try await f.services.registry.save(
                PartnershipDraft(
                    homeCode: "320100", partnerName: "Toulouse", partnerNameZh: "图卢兹", country: "FR", kind: .sisterCity,
                    established: PartialDate(year: 2000), status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system)
            let store = f.services.prospects
            // Typed in lower case: the stored spelling stays, not respelt by the signing.
            var draft = f.toulouse()
            draft.name = "toulouse"
            let created = try await store.create(draft, today: today, by: admin)

            let signed = try await store.changeStage(
                id: created.id, ProspectStageRequest(stage: .signed, date: today, kind: .friendshipCity),
                expectedVersion: nil, today: today, by: admin)

            let record = try #require(signed.partnership)
            #expect(record.partner.id == existing.partner.id)
            #expect(record.partner.name == "Toulouse")
            #expect(try await f.services.registry.partners().count == 1)
            #expect(try await f.services.registry.count() == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func signingAHomeAlreadyTwinnedWithTheCityIsRefusedAndLeavesTheProspectOpen(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let existing = try await f.services.registry.save(
                PartnershipDraft(
                    homeCode: "320500", partnerName: "Toulouse", partnerNameZh: "图卢兹", country: "FR", kind: .sisterCity,
                    established: nil, status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system)
            let store = f.services.prospects
            let created = try await store.create(f.toulouse(), stage: .approved, today: today, by: admin)

            await #expect(throws: ProspectError.alreadyTwinned(partnershipId: existing.partnership.id)) {
                try await store.changeStage(
                    id: created.id, ProspectStageRequest(stage: .signed, date: today, kind: .sisterCity),
                    expectedVersion: nil, today: today, by: admin)
            }

            let stored = try #require(try await store.prospect(id: created.id))
            #expect(stored.stage == .approved)
            #expect(stored.history.count == 1)
            #expect(try await f.services.registry.count() == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func anInactiveOrUnknownUnitIsRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            var draft = f.toulouse()
            draft.unitId = 999

            await #expect(throws: ProspectError.unknownUnit(999)) {
                try await f.services.prospects.create(draft, today: today, by: admin)
            }
            #expect(try await f.services.prospects.list(ProspectQuery()).total == 0)
        }
    }
}
