/// The unit scorecard of a year (单位考核): one row a unit with its exchanges, the tasks it leads and those done on
/// time, its on-time reports and answers, its projects signed and landed and its prospects advanced.
public struct Scorecard: Sendable {
    /// One unit's row.
    public struct Row: Sendable, Hashable {
        /// The unit.
        public var unitId: Int64
        /// Exchanges it organized that started in the year.
        public var exchanges: Int
        /// Tasks it leads that are due in the year.
        public var tasksLed: Int
        /// Of those, the ones done by their due date.
        public var tasksOnTime: Int
        /// Its on-time report rate; nil when it had nothing to report.
        public var reports: ReportRate?
        /// Its on-time answer rate; nil when no notice with a deadline in the year was sent to it.
        public var answers: NoticeAnswerRate?
        /// Projects of the unit that reached signed in the year; nil when projects are not available.
        public var projectsSigned: Int?
        /// Projects of the unit that reached landed in the year; nil when not available.
        public var projectsLanded: Int?
        /// Prospects it sponsors that moved forward in the year; nil when not available.
        public var prospectsAdvanced: Int?

        /// `tasksOnTime ÷ tasksLed` as a percentage; nil when it leads no task due in the year.
        public var tasksOnTimeShare: Double? { IndicatorNumber.share(tasksOnTime, of: tasksLed) }
    }

    /// The year.
    public var year: Int
    /// One row for each of `unitIds`, in the order given.
    public var rows: [Row]

    /// The scorecard of `facts.year` for `unitIds` (the units to list: the active ones and any with a figure).
    public init(facts: IndicatorFacts, unitIds: [Int64]) {
        year = facts.year
        var exchanges: [Int64: Int] = [:]
        for tally in facts.exchanges { if let unit = tally.unitId { exchanges[unit, default: 0] += tally.count } }
        var led: [Int64: (Int, Int)] = [:]
        for task in facts.tasks {
            let (all, onTime) = led[task.leadUnitId] ?? (0, 0)
            led[task.leadUnitId] = (all + 1, onTime + (task.doneOnTime ? 1 : 0))
        }
        let reports = Dictionary(facts.reports.map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a })
        let answers = Dictionary(facts.answers.map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a })
        let year = facts.year
        let signed = facts.projectHistories.map { Self.perUnit($0) { $0.reached(.signed, in: year) } }
        let landed = facts.projectHistories.map { Self.perUnit($0) { $0.reached(.landed, in: year) } }
        let advanced = facts.prospectHistories.map { Self.perUnit($0) { $0.advanced(in: year) } }
        rows = unitIds.map { id in
            Row(
                unitId: id, exchanges: exchanges[id] ?? 0, tasksLed: led[id]?.0 ?? 0, tasksOnTime: led[id]?.1 ?? 0,
                reports: reports[id], answers: answers[id], projectsSigned: signed.map { $0[id] ?? 0 },
                projectsLanded: landed.map { $0[id] ?? 0 }, prospectsAdvanced: advanced.map { $0[id] ?? 0 })
        }
    }

    /// The units of `facts` with any figure: what a scorecard lists besides the active units.
    public static func unitsWithFigures(_ facts: IndicatorFacts) -> Set<Int64> {
        var ids = Set(facts.exchanges.compactMap(\.unitId))
        ids.formUnion(facts.tasks.map(\.leadUnitId))
        ids.formUnion(facts.reports.map(\.unitId))
        ids.formUnion(facts.answers.map(\.unitId))
        return ids
    }

    /// How many of `histories` that `counts` each unit has.
    private static func perUnit<Stage: Sendable & Hashable>(
        _ histories: [StageHistory<Stage>], _ counts: (StageHistory<Stage>) -> Bool
    ) -> [Int64: Int] {
        var out: [Int64: Int] = [:]
        for history in histories where counts(history) {
            if let unit = history.unitId { out[unit, default: 0] += 1 }
        }
        return out
    }
}
