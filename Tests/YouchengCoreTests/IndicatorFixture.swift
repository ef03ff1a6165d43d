import YouchengCore

/// A small registry, year 2025, whose indicator figures are worked out by hand in the tests that read it.
///
/// Localities: 南京市 320100 with three districts 玄武区 320102, 秦淮区 320104, 建邺区 320105.
/// Partnerships (id = partner id):
/// 1. 南京市 – JP, established 2025-03-01, active       → new in 2025, standing
/// 2. 玄武区 – US, established 2010, active             → standing, covers 玄武区
/// 3. 秦淮区 – JP, established 2026-01-05, active       → not yet standing at the end of 2025
/// 4. 建邺区 – FR, established 2015, ended              → not standing
/// 5. 南京市 – DE, undated, suspended                   → standing (undated, not ended), not active
/// 6. 玄武区 – KR, established 2020-06-01, active       → standing
enum IndicatorFixture {
    static let city = Locality(
        code: "320100", name: "南京市", fullName: "南京市", nameEn: "Nanjing", level: .city, parentCode: "320000")
    static let directory = LocalityDirectory(localities: [
        Locality(code: "320000", name: "江苏省", fullName: "江苏省", nameEn: "Jiangsu", level: .province, parentCode: nil),
        city, district("320102", "玄武区"), district("320104", "秦淮区"), district("320105", "建邺区"),
    ])

    static func district(_ code: String, _ name: String) -> Locality {
        Locality(code: code, name: name, fullName: "南京市" + name, nameEn: name, level: .district, parentCode: "320100")
    }

    static func record(
        _ id: Int64, home: String, country: String, established: String?, status: PartnershipStatus = .active
    ) -> PartnershipRecord {
        PartnershipRecord(
            partnership: Partnership(
                id: id, homeCode: home, partnerId: id, kind: .sisterCity,
                established: established.flatMap { PartialDate(parsing: $0) }, status: status, notes: ""),
            partner: Partner(id: id, name: "P\(id)", nameZh: "", country: country),
            home: directory.locality(home)!)
    }

    static func day(_ text: String) -> Day { Day(parsing: text)! }

    static let partnerships = [
        record(1, home: "320100", country: "JP", established: "2025-03-01"),
        record(2, home: "320102", country: "US", established: "2010"),
        record(3, home: "320104", country: "JP", established: "2026-01-05"),
        record(4, home: "320105", country: "FR", established: "2015", status: .ended),
        record(5, home: "320100", country: "DE", established: nil, status: .suspended),
        record(6, home: "320102", country: "KR", established: "2020-06-01"),
    ]

    /// The stage history of subject `id` of `unit`: `changes` as (stage, day).
    static func history<Stage: Sendable & Hashable>(_ id: Int64, unit: Int64, _ changes: [(Stage, String)])
        -> StageHistory<Stage>
    {
        StageHistory(
            subjectId: id, unitId: unit, changes: changes.map { StageChange(stage: $0.0, date: day($0.1), by: "t") })
    }

    /// Project stage histories: p1 (unit 1) signed and landed in 2025; p2 (unit 2) signed 2024, landed 2025; p3
    /// (unit 1) signed 2025; p4 (unit 2) signed 2026.
    static let projects: [StageHistory<ProjectStage>] = [
        history(1, unit: 1, [(.lead, "2024-11-01"), (.signed, "2025-02-01"), (.landed, "2025-08-01")]),
        history(2, unit: 2, [(.signed, "2024-12-01"), (.landed, "2025-01-10")]),
        history(3, unit: 1, [(.signed, "2025-05-05")]),
        history(4, unit: 2, [(.signed, "2026-01-01")]),
    ]

    /// Prospect stage histories: q1 (unit 1) moves forward in 2025; q2 (unit 2) only enters in 2025; q3 (unit 1)
    /// steps back and returns to where it had been; q4 (unit 2) is shelved; q5 (unit 2) moves forward on 31 December.
    static let prospects: [StageHistory<ProspectStage>] = [
        history(1, unit: 1, [(.identified, "2024-05-01"), (.contacted, "2025-02-01")]),
        history(2, unit: 2, [(.identified, "2025-03-01")]),
        history(
            3, unit: 1,
            [
                (.identified, "2023-01-01"), (.negotiating, "2024-06-01"), (.contacted, "2025-01-10"),
                (.negotiating, "2025-03-01"),
            ]),
        history(4, unit: 2, [(.negotiating, "2024-01-01"), (.shelved, "2025-04-01")]),
        history(5, unit: 2, [(.identified, "2024-02-01"), (.contacted, "2024-05-01"), (.negotiating, "2025-12-31")]),
    ]

    /// The facts of 2025. Exchanges: unit 1 two incoming and one outgoing, unit 2 three events, one outgoing with
    /// no unit. Tasks: t1 (unit 1) due 30 June, done that day; t2 (unit 1) due 31 March, done 1 April; t3 (unit 2)
    /// due 30 September, not done. Answers: unit 1 three of four on time, unit 2 none of one. Last exchanges: partner
    /// 2 on 2021-05-01, partner 6 on 2023-01-01.
    static func facts(
        projects: [StageHistory<ProjectStage>]? = projects, prospects: [StageHistory<ProspectStage>]? = prospects
    ) -> IndicatorFacts {
        IndicatorFacts(
            year: 2025, partnerships: partnerships, lastExchange: [2: day("2021-05-01"), 6: day("2023-01-01")],
            dormantYears: 3, directory: directory, area: city,
            exchanges: [
                ExchangeTally(unitId: 1, kind: .incomingDelegation, count: 2),
                ExchangeTally(unitId: 1, kind: .outgoingDelegation, count: 1),
                ExchangeTally(unitId: 2, kind: .event, count: 3),
                ExchangeTally(unitId: nil, kind: .outgoingDelegation, count: 1),
            ],
            tasks: [
                TaskOutcome(taskId: 1, leadUnitId: 1, due: day("2025-06-30"), firstDone: day("2025-06-30")),
                TaskOutcome(taskId: 2, leadUnitId: 1, due: day("2025-03-31"), firstDone: day("2025-04-01")),
                TaskOutcome(taskId: 3, leadUnitId: 2, due: day("2025-09-30"), firstDone: nil),
            ],
            answers: [
                NoticeAnswerRate(unitId: 1, addressed: 4, onTime: 3),
                NoticeAnswerRate(unitId: 2, addressed: 1, onTime: 0),
            ],
            reports: [ReportRate(unitId: 1, required: 4, reported: 2)],
            projectHistories: projects, prospectHistories: prospects)
    }
}
