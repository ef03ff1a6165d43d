/// A home's pipeline against its target for one year, worked out from the registry and the prospects:
///
/// - `signed`: the home's partnerships (the home's own and those of localities under it) established in the year,
///   from the registry, whether or not a prospect led to them;
/// - `byStage`: prospects of the home by current stage; `signed` and `dropped` count only those that reached the
///   stage in the year, every other stage counts whatever stands there now;
/// - `gap`: the target's range less `signed`, never below 0 (target 3–4, signed 2 → 1–2);
/// - `total`: partnerships not ended and established by the target day (or by `asOf` while the day is ahead; an
///   unknown date counts as established) against the target count;
/// - `localities`: localities under the home with such a partnership, against the count (or all of them).
public struct PipelineProgress: Sendable, Hashable {
    /// A count reached by a day against its target.
    public struct ByDate: Sendable, Hashable {
        /// The target day.
        public var date: Day
        /// The count to reach.
        public var target: Int
        /// The count reached as of the day (or as of today while it is ahead).
        public var reached: Int
        /// `target - reached`, never below 0.
        public var gap: Int { max(0, target - reached) }
    }

    /// One partnership as the progress counts it.
    public struct Partnership: Sendable, Hashable {
        /// Its home locality.
        public var homeCode: String
        /// When established, if known.
        public var established: PartialDate?
        /// Whether it has ended.
        public var ended: Bool

        /// Creates one.
        public init(homeCode: String, established: PartialDate?, ended: Bool = false) {
            self.homeCode = homeCode
            self.established = established
            self.ended = ended
        }
    }

    /// The home's code.
    public var homeCode: String
    /// The year.
    public var year: Int
    /// The target, if set.
    public var target: PipelineTarget?
    /// Partnerships signed in the year.
    public var signed: Int
    /// Prospects by stage (every stage present, 0 when none).
    public var byStage: [ProspectStage: Int]
    /// The target's range less `signed`; nil without a target.
    public var gap: CountRange?
    /// Total partnerships against the target's `totalBy`.
    public var total: ByDate?
    /// Localities covered against the target's `localitiesBy`.
    public var localities: ByDate?

    /// Prospects submitted for approval or approved (报批中).
    public var inApproval: Int { PipelineBatch.approval.stages.reduce(0) { $0 + (byStage[$1] ?? 0) } }
    /// Prospects contacted, negotiating or with a letter of intent (在谈).
    public var inTalks: Int { PipelineBatch.inTalks.stages.reduce(0) { $0 + (byStage[$1] ?? 0) } }

    /// Works the progress out. `partnerships` are those of the home and the localities under it; `prospects` the
    /// home's, each with its current stage and that stage's day; `localitiesUnder` the codes of the localities under
    /// the home; `asOf` today.
    public init(
        homeCode: String, year: Int, target: PipelineTarget?, partnerships: [Partnership],
        prospects: [(stage: ProspectStage, date: Day)], localitiesUnder: [String], asOf: Day
    ) {
        self.homeCode = homeCode
        self.year = year
        self.target = target
        let signed = partnerships.filter { $0.established?.year == year }.count
        self.signed = signed
        var counts = Dictionary(uniqueKeysWithValues: ProspectStage.allCases.map { ($0, 0) })
        for prospect in prospects where !prospect.stage.isFinal || prospect.date.year == year {
            counts[prospect.stage, default: 0] += 1
        }
        byStage = counts
        gap = target.map {
            CountRange(min: max(0, $0.newPartnerships.min - signed), max: max(0, $0.newPartnerships.max - signed))
        }
        func standing(by day: Day) -> [Partnership] {
            let cutoff = min(day, asOf)
            return partnerships.filter { partnership in
                guard !partnership.ended else { return false }
                guard let established = partnership.established else { return true }
                let first = established.earliest
                return Day(year: first.year, month: first.month, day: first.day).map { $0 <= cutoff } ?? true
            }
        }
        let total = target?.totalBy.map { goal in
            ByDate(date: goal.date, target: goal.count ?? 0, reached: standing(by: goal.date).count)
        }
        self.total = total
        localities = target?.localitiesBy.map { goal in
            let under = Set(localitiesUnder)
            let covered = Set(standing(by: goal.date).map(\.homeCode)).intersection(under)
            return ByDate(date: goal.date, target: goal.count ?? under.count, reached: covered.count)
        }
    }
}
