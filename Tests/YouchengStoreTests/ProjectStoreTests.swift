import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Cooperation projects on both databases: partners and history round-trip, stage moves by the rules, notes and
/// edits as updates, stale versions refused, unknown references named, audit entries, and the deletions of what a
/// project refers to.
@Suite struct ProjectStoreTests {
    let admin = AuditActor(username: "admin", unitId: 1)
    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// Two partners (Florence, Leipzig), a unit, and an exchange with Florence, on a fresh database.
    struct Fixture {
        let services: Services
        let florence: Int64
        let leipzig: Int64
        let unit: Int64
        let exchange: Int64

        init(_ database: Database) async throws {
            let services = Services.forTests(database, clock: TestClock("2026-05-01T09:00:00Z"))
            self.services = services
            func partner(_ name: String, _ zh: String, _ country: String) async throws -> Int64 {
                try await services.registry.save(
                    PartnershipDraft(
                        homeCode: "320100", partnerName: name, partnerNameZh: zh, country: country, kind: .sisterCity,
                        established: PartialDate(year: 1990), status: .active, notes: ""),
                    id: nil, expectedVersion: nil, actor: .system
                ).partner.id
            }
            florence = try await partner("Florence", "佛罗伦萨", "IT")
            leipzig = try await partner("Leipzig", "莱比锡", "DE")
            unit = try await services.accounts.units.create(
                UnitDraft(nameZh: "商务局", nameEn: "Commerce", kind: .bureau, homeCode: nil, contactPerson: ""),
                by: .system
            ).id
            let date = Day(year: 2026, month: 3, day: 2)!
            exchange = try await services.exchanges.save(
                ExchangeDraft(
                    title: "佛罗伦萨经贸团来访", start: date, end: date, kind: .incomingDelegation, partnerIds: [florence],
                    countries: [], unitId: unit, rank: nil, people: 5, domains: [], outcomes: "", members: []),
                id: nil, expectedVersion: nil, actor: .system
            ).id
        }

        func draft(_ title: String = "皮革产业园合作", partners: [Int64]? = nil) -> ProjectDraft {
            ProjectDraft(
                title: title, partnerIds: partners ?? [leipzig, florence], unitId: unit, kind: .investment,
                agreed: Money(hundredths: 500_000_000), realised: Money(hundredths: 120_000_000), currency: "EUR",
                budget: Money(hundredths: 8_000_000), actualCost: nil, source: .exchange(exchange))
        }
    }

    @Test(arguments: TestBackend.available)
    func aProjectRoundTripsWithPartnersInOrderSourceAmountsAndItsFirstStage(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let created = try await f.services.projects.create(
                f.draft(), stage: .intent, date: day("2026-03-05"), by: admin)

            let read = try #require(try await f.services.projects.project(id: created.id))

            #expect(read == created)
            #expect(read.draft.partnerIds == [f.leipzig, f.florence] && read.draft.source == .exchange(f.exchange))
            #expect(read.draft.agreed?.plain == "5000000" && read.draft.currency == "EUR")
            #expect(read.stage == .intent && read.lastUpdate == day("2026-03-05") && read.history.count == 1)
            let log = try await f.services.audit.entries(AuditQuery(entityType: .project))
            #expect(log.items.map(\.action) == [.create] && log.items.first?.entityId == String(created.id))
        }
    }

    @Test(arguments: TestBackend.available)
    func stageMovesFollowTheRulesAndAreKeptInHistory(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let store = f.services.projects
            let p = try await store.create(f.draft(), stage: .lead, date: day("2026-03-05"), by: admin)
            let today = day("2026-05-01")

            let signed = try await store.changeStage(
                id: p.id, to: .signed, date: day("2026-04-10"), reason: "", expectedVersion: 1, today: today, by: admin)
            await #expect(throws: ProjectError.reasonRequired(from: .signed, to: .lead)) {
                try await store.changeStage(
                    id: p.id, to: .lead, date: day("2026-04-20"), reason: "", expectedVersion: nil, today: today,
                    by: admin)
            }
            await #expect(throws: ProjectError.staleVersion(current: 2)) {
                try await store.changeStage(
                    id: p.id, to: .landed, date: day("2026-04-20"), reason: "", expectedVersion: 1, today: today,
                    by: admin)
            }
            _ = try await store.changeStage(
                id: p.id, to: .intent, date: day("2026-04-20"), reason: "对方更换负责人", expectedVersion: 2, today: today,
                by: admin)

            let read = try #require(try await store.project(id: p.id))
            #expect(signed.stage == .signed && read.stage == .intent && read.version == 3)
            #expect(read.history.map(\.stage) == [.lead, .signed, .intent])
            #expect(read.history.last?.reason == "对方更换负责人" && read.lastUpdate == day("2026-04-20"))
            let page = try await store.list(ProjectQuery(), days: 90, asOf: today)
            #expect(page.items.first?.reached == .signed && page.items.first?.since == day("2026-04-20"))
        }
    }

    @Test(arguments: TestBackend.available)
    func notesAndEditsCountAsUpdatesAndTheStalledFilterUsesThem(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let store = f.services.projects
            let quiet = try await store.create(f.draft("安静的项目"), stage: .intent, date: day("2026-01-01"), by: admin)
            let noted = try await store.create(f.draft("有跟进的项目"), stage: .intent, date: day("2026-01-01"), by: admin)
            let shelved = try await store.create(f.draft("搁置的项目"), stage: .shelved, date: day("2026-01-01"), by: admin)
            _ = try await store.addNote(
                id: noted.id, date: day("2026-01-02"), text: "电话跟进", today: day("2026-05-01"), by: admin)
            var query = ProjectQuery()
            query.stalled = true

            // As of 2026-04-02 with 90 days: the cutoff is 2026-01-01, so only the one updated last on 01-01 is
            // stalled (the noted one was updated on 01-02; the shelved one is not open).
            let onSecond = try await store.list(query, days: 90, asOf: day("2026-04-02"))
            let onFirst = try await store.list(query, days: 90, asOf: day("2026-04-01"))

            #expect(onSecond.items.map(\.id) == [quiet.id])
            #expect(onFirst.total == 0)
            #expect(shelved.stage == .shelved)
            let edited = try await store.update(
                id: quiet.id, f.draft("安静的项目（已更新）"), expectedVersion: 1, today: day("2026-04-02"), by: admin)
            #expect(edited.lastUpdate == day("2026-04-02"))
            #expect(try await store.list(query, days: 90, asOf: day("2026-04-02")).total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func unknownPartnersUnitsAndSourcesAreRefusedNamingThem(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let store = f.services.projects
            var draft = f.draft(partners: [f.florence, 999])
            await #expect(throws: ProjectError.unknownPartner(999)) {
                try await store.create(draft, stage: .lead, date: day("2026-03-05"), by: admin)
            }
            draft = f.draft()
            draft.unitId = 77
            await #expect(throws: ProjectError.unknownUnit(77)) {
                try await store.create(draft, stage: .lead, date: day("2026-03-05"), by: admin)
            }
            draft = f.draft()
            draft.source = .noticeAnswer(noticeId: 4, unitId: 7)
            await #expect(throws: ProjectError.unknownSource(.noticeAnswer(noticeId: 4, unitId: 7))) {
                try await store.create(draft, stage: .lead, date: day("2026-03-05"), by: admin)
            }
            #expect(try await store.list(ProjectQuery(), days: 90, asOf: day("2026-05-01")).total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func deletingTheSourceExchangeUnlinksTheProjectAndFiltersCombine(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let store = f.services.projects
            let withBoth = try await store.create(f.draft(), stage: .signed, date: day("2026-03-05"), by: admin)
            var trade = f.draft("贸易项目", partners: [f.florence])
            trade.kind = .trade
            _ = try await store.create(trade, stage: .signed, date: day("2026-03-05"), by: admin)

            _ = try await f.services.exchanges.delete(id: f.exchange, expectedVersion: nil, actor: .system)

            let read = try #require(try await store.project(id: withBoth.id))
            #expect(read.draft.source == nil)
            var query = ProjectQuery()
            query.partnerId = f.leipzig
            query.stage = .signed
            #expect(try await store.list(query, days: 90, asOf: day("2026-05-01")).items.map(\.id) == [withBoth.id])
            query.partnerId = f.florence
            query.kind = .trade
            #expect(try await store.list(query, days: 90, asOf: day("2026-05-01")).items.map(\.draft.title) == ["贸易项目"])
        }
    }
}
