/// One dated stage change of a cooperation project or a prospect, as the indicator formulas read it: a plain input,
/// so the store query that reads the projects' or prospects' history only has to list these.
public struct StageChange: Sendable, Hashable {
    /// The project or prospect.
    public var subjectId: Int64
    /// Its unit (a project's owning unit, a prospect's sponsoring unit); nil when it has none.
    public var unitId: Int64?
    /// The stage's API code (`signed`, `landed`, `negotiating` …).
    public var stage: String
    /// The day of the change.
    public var day: Day

    /// Creates a change.
    public init(subjectId: Int64, unitId: Int64?, stage: String, day: Day) {
        self.subjectId = subjectId
        self.unitId = unitId
        self.stage = stage
        self.day = day
    }

    /// The forward order of a prospect's stages (物色 → 签约); shelved and dropped are not in it.
    public static let prospectOrder = [
        "identified", "contacted", "negotiating", "letterOfIntent", "submitted", "approved", "signed",
    ]

    /// The subjects that reached `stage` on a day in `year`, each once, with their unit (the unit of their latest
    /// change in the year to that stage).
    public static func reached(_ stage: String, in year: Int, _ changes: [StageChange]) -> [Int64: Int64?] {
        var out: [Int64: Int64?] = [:]
        for change in changes.sorted(by: { $0.day < $1.day }) where change.stage == stage && change.day.year == year {
            out[change.subjectId] = change.unitId
        }
        return out
    }

    /// The prospects that moved forward at least once in `year`, each once, with their unit. A change moves a
    /// prospect forward when its stage comes later in ``prospectOrder`` than the furthest stage the prospect had
    /// reached before it (changes read in day order, then as given). A prospect's first change — its entry — is no
    /// move; going back a stage and forward again to where it had been is none either; shelved and dropped are none.
    public static func advanced(in year: Int, _ changes: [StageChange]) -> [Int64: Int64?] {
        var out: [Int64: Int64?] = [:]
        let ordered = changes.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
        var standing: [Int64: Int] = [:]
        var seen: Set<Int64> = []
        for change in ordered.map(\.element) {
            let rank = prospectOrder.firstIndex(of: change.stage)
            defer { seen.insert(change.subjectId) }
            guard let rank else { continue }
            let before = standing[change.subjectId]
            standing[change.subjectId] = max(rank, before ?? rank)
            guard seen.contains(change.subjectId), change.day.year == year else { continue }
            if rank > (before ?? -1) { out[change.subjectId] = change.unitId }
        }
        return out
    }
}
