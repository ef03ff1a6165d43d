import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The indicator table, scorecard and money table read from stored records on both databases, figures worked by
/// hand from the fixture.
@Suite struct IndicatorReportsTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// Units 商务局 (A) and 教育局 (B). Partnerships of 南京: 玄武区–Toyama (JP, 2025-05-01) and 南京市–Leipzig (DE,
    /// 1990). Exchanges of 2025: A incoming with Toyama (budget 1,000.50), A outgoing (actual 200), B event with
    /// Leipzig (no amounts); one of A in 2024 (budget 99). Tasks of a plan in force: T1 (A) due 2025-06-30 done that
    /// day, T2 (B) due 2025-03-31 done 2025-04-01, T3 (A) due 2026-01-31.
    func fixture(_ services: Services) async throws -> (a: Int64, b: Int64, toyama: Int64) {
        var units: [Int64] = []
        for name in ["商务局", "教育局"] {
            units.append(
                try await services.accounts.units.create(
                    UnitDraft(nameZh: name, nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""), by: .system
                ).id)
        }
        func partner(_ home: String, _ name: String, _ country: String, _ established: PartialDate) async throws
            -> Int64
        {
            try await services.registry.save(
                PartnershipDraft(
                    homeCode: home, partnerName: name, partnerNameZh: "", country: country, kind: .sisterCity,
                    established: established, status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system
            ).partner.id
        }
        let toyama = try await partner("320102", "Toyama", "JP", PartialDate(parsing: "2025-05-01")!)
        let leipzig = try await partner("320100", "Leipzig", "DE", PartialDate(year: 1990)!)
        for (title, start, kind, unit, partners, budget, actual) in [
            ("来访", "2025-03-01", ExchangeKind.incomingDelegation, units[0], [toyama], "1000.50", ""),
            ("出访", "2025-09-01", .outgoingDelegation, units[0], [], "", "200"),
            ("论坛", "2025-11-11", .event, units[1], [leipzig], "", ""),
            ("旧", "2024-12-31", .event, units[0], [toyama], "99", ""),
        ] {
            _ = try await services.exchanges.save(
                ExchangeDraft(
                    title: title, start: day(start), end: day(start), kind: kind, partnerIds: partners,
                    countries: ["JP"], unitId: unit, budget: Money(parsing: budget), actual: Money(parsing: actual)),
                id: nil, expectedVersion: nil, actor: .system)
        }
        let all = try await services.accounts.units.list(includeInactive: true)
        let plan = try PlanImporter(units: all).plan([
            ["序号", "任务", "牵头单位", "完成时限"], ["1", "T1", "商务局", "2025-06-30"], ["2", "T2", "教育局", "2025-03-31"],
            ["3", "T3", "商务局", "2026-01-31"],
        ])
        let draft = PlanDraft(title: "2025计划", from: day("2025-01-01"), to: day("2026-12-31"), status: .inForce)
        let planId = try #require(try await services.plans.importPlan(draft, plan, dryRun: false, actor: .system).plan)
        let tasks = Dictionary(
            uniqueKeysWithValues: try await services.plans.tasks(planId: planId).map { ($0.draft.title, $0) })
        for (task, date) in [("T1", "2025-06-30"), ("T2", "2025-04-01")] {
            let t = try #require(tasks[task])
            _ = try await services.plans.addReport(
                ProgressReportDraft(date: day(date), status: .done, progress: 100, text: "完成"), taskId: t.id,
                unitId: t.draft.leadUnitId, actor: .system)
        }
        return (units[0], units[1], toyama)
    }

    @Test(arguments: TestBackend.available)
    func theTableCountsTheStoredRecords(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            _ = try await fixture(services)
            let reports = services.indicatorReports(over: services.registry)
            let table = try await reports.table(year: 2025, today: day("2026-03-01"), timeZone: .gmt)
            func actual(_ code: String) -> Double? { table.lines.first { $0.indicator.draft.code == code }?.actual }
            // New in 2025: Toyama. Standing: both. Countries JP, DE. Exchanges of 2025: 3 (one incoming, one
            // outgoing); 2024's not counted. Tasks due in 2025: T1 on time, T2 late: 50%.
            #expect(actual("A2") == 1 && actual("A1") == 2 && actual("A3") == 2)
            #expect(actual("B1") == 3 && actual("B2") == 1 && actual("B3") == 1)
            #expect(actual("D1") == 50)
            // 南京市 has 11 districts and counties (玄武 秦淮 建邺 鼓楼 浦口 栖霞 雨花台 江宁 六合 溧水 高淳); only
            // 玄武区 has a partnership (Leipzig's home is the city itself): 1 of 11.
            #expect(actual("A4").map { abs($0 - 100.0 / 11) < 1e-9 } == true)
            // Projects and prospects are not recorded here: not available, not zero. Hand-entered: none yet.
            #expect(actual("C1") == nil && actual("C3") == nil && actual("E1") == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func theScorecardListsEachUnitsOwnFigures(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let (a, b, _) = try await fixture(services)
            let card = try await services.indicatorReports(over: services.registry).scorecard(
                year: 2025, today: day("2026-03-01"), timeZone: .gmt)
            // Units in Chinese name order: 商务局 before 教育局 (U+5546 < U+6559).
            #expect(card.rows.map(\.unitId) == [a, b])
            // A: two exchanges, T1 due and done on time (T3 is due 2026). B: one exchange, T2 late.
            #expect((card.rows[0].exchanges, card.rows[0].tasksLed, card.rows[0].tasksOnTime) == (2, 1, 1))
            #expect((card.rows[1].exchanges, card.rows[1].tasksLed, card.rows[1].tasksOnTime) == (1, 1, 0))
            #expect(card.rows[0].projectsSigned == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func moneySumsTheYearsExchangeAmountsByUnitAndPartner(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let (a, _, toyama) = try await fixture(services)
            let money = try await services.indicatorReports(over: services.registry).money(year: 2025)
            // A: the incoming visit (budget 1,000.50) and the trip (actual 200); B's forum has no amounts; the 2024
            // visit is another year.
            #expect(money.byUnit.map(\.id) == [a])
            #expect(
                money.byUnit[0].budget == Money(hundredths: 100_050)
                    && money.byUnit[0].actual == Money(hundredths: 20_000))
            #expect(money.byPartner.map(\.id) == [toyama])
            #expect(money.total.records == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func anExchangesAmountsAreStoredReadAndAudited(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let saved = try await services.exchanges.save(
                ExchangeDraft(
                    title: "访问", start: day("2025-01-02"), end: day("2025-01-03"), kind: .event,
                    budget: Money(hundredths: 123_456_789)),
                id: nil, expectedVersion: nil, actor: .system)
            var draft = saved.draft
            draft.actual = Money(hundredths: 5)
            let updated = try await services.exchanges.save(draft, id: saved.id, expectedVersion: 1, actor: .system)
            #expect(
                updated.draft.budget == Money(hundredths: 123_456_789) && updated.draft.actual == Money(hundredths: 5))
            let change = try await services.audit.entries(AuditQuery(entityType: .exchange, action: .update)).items
                .first?.changes.first { $0.field == "actual" }
            #expect(change?.before == nil && change?.after == "0.05")
        }
    }
}
