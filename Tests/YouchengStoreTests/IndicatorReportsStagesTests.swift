import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The indicators and scorecard read the projects' and prospects' stored stage history, and the money table the
/// projects' amounts, on both databases; figures worked by hand.
@Suite struct IndicatorReportsStagesTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// On ``IndicatorReportsTests/fixture(_:)``: project P1 of unit A with Toyama (budget 500, actual cost 300), a
    /// lead on 2025-02-01, signed 2025-04-01, landed 2025-10-01; P2 of unit B, a lead on 2024-06-01 signed
    /// 2024-12-01. Prospect R1 of A entered (identified) 2025-01-10 and contacted 2025-03-01; R2 of B entered
    /// 2025-05-05 and not moved.
    @Test(arguments: TestBackend.available)
    func projectsAndProspectsCountOnceRecorded(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let (a, b, toyama) = try await IndicatorReportsTests().fixture(services)
            let reports = services.indicatorReports(over: services.registry)
            let today = day("2026-03-01")
            // Nothing recorded yet: not available, not zero.
            #expect(try await reports.projectStageHistories(through: 2025) == nil)
            #expect(try await reports.prospectStageHistories(through: 2025) == nil)

            let p1 = try await services.projects.create(
                ProjectDraft(
                    title: "P1", partnerIds: [toyama], unitId: a, kind: .trade, budget: Money(hundredths: 50_000),
                    actualCost: Money(hundredths: 30_000)), stage: .lead, date: day("2025-02-01"), by: .system)
            for (stage, date) in [(ProjectStage.signed, "2025-04-01"), (.landed, "2025-10-01")] {
                _ = try await services.projects.changeStage(
                    id: p1.id, to: stage, date: day(date), reason: "", expectedVersion: nil, today: today, by: .system)
            }
            let p2 = try await services.projects.create(
                ProjectDraft(title: "P2", partnerIds: [toyama], unitId: b, kind: .culture), stage: .lead,
                date: day("2024-06-01"), by: .system)
            _ = try await services.projects.changeStage(
                id: p2.id, to: .signed, date: day("2024-12-01"), reason: "", expectedVersion: nil, today: today,
                by: .system)
            let r1 = try await services.prospects.create(
                ProspectDraft(name: "Linz", nameZh: "林茨", country: "AT", homeCode: "320100", unitId: a),
                stage: .identified, date: day("2025-01-10"), today: today, by: .system)
            _ = try await services.prospects.changeStage(
                id: r1.id, ProspectStageRequest(stage: .contacted, date: day("2025-03-01")), expectedVersion: nil,
                today: today, by: .system)
            _ = try await services.prospects.create(
                ProspectDraft(name: "Graz", nameZh: "格拉茨", country: "AT", homeCode: "320100", unitId: b),
                stage: .identified, date: day("2025-05-05"), today: today, by: .system)

            // 2025: signed P1 only (P2 signed in 2024), landed P1, advanced R1 only (R2's entry is no move).
            let table = try await reports.table(year: 2025, today: today, timeZone: .gmt)
            func actual(_ code: String) -> Double? { table.lines.first { $0.indicator.draft.code == code }?.actual }
            #expect(actual("C1") == 1 && actual("C2") == 1 && actual("C3") == 1)
            let card = try await reports.scorecard(year: 2025, today: today, timeZone: .gmt)
            let rows = Dictionary(uniqueKeysWithValues: card.rows.map { ($0.unitId, $0) })
            #expect(rows[a]?.projectsSigned == 1 && rows[a]?.projectsLanded == 1 && rows[a]?.prospectsAdvanced == 1)
            #expect(rows[b]?.projectsSigned == 0 && rows[b]?.projectsLanded == 0 && rows[b]?.prospectsAdvanced == 0)
            // 2024: P2 signed.
            let earlier = try await reports.table(year: 2024, today: today, timeZone: .gmt)
            #expect(earlier.lines.first { $0.indicator.draft.code == "C1" }?.actual == 1)

            // Money of 2025: P1 started in it (500 budget, 300 actual); P2 started in 2024 and has no amounts.
            let lines = try await reports.projectMoneyLines(year: 2025)
            #expect(
                lines == [
                    MoneyTable.Line(
                        source: "project", unitId: a, partnerIds: [toyama], budget: Money(hundredths: 50_000),
                        actual: Money(hundredths: 30_000))
                ])
        }
    }
}
