/// One dated change of a record's stage — a cooperation project's (``ProjectStageChange``) or a prospect's
/// (``ProspectStageChange``) — as its history keeps it, oldest first. The first change is the stage the record was
/// entered at.
public struct StageChange<Stage: Sendable & Hashable>: Sendable, Hashable {
    /// The stage it moved to.
    public var stage: Stage
    /// The day of the change.
    public var date: Day
    /// Why (required for a step back, and for a prospect's shelving or dropping); may be empty otherwise.
    public var reason: String
    /// Who recorded it.
    public var by: String

    /// Creates a change.
    public init(stage: Stage, date: Day, reason: String = "", by: String) {
        self.stage = stage
        self.date = date
        self.reason = reason
        self.by = by
    }
}

/// A dated stage change of a cooperation project (`project_stage_changes`).
public typealias ProjectStageChange = StageChange<ProjectStage>

/// A dated stage change of a prospect (`prospect_stage_changes`).
public typealias ProspectStageChange = StageChange<ProspectStage>

/// One record's stage history with its unit, as the indicators and the scorecard read it: a plain input, so the
/// store query that reads the projects' or prospects' histories only has to list these.
public struct StageHistory<Stage: Sendable & Hashable>: Sendable, Hashable {
    /// The project or prospect.
    public var subjectId: Int64
    /// Its unit (a project's owning unit, a prospect's sponsoring unit); nil when it has none.
    public var unitId: Int64?
    /// Its changes, oldest first.
    public var changes: [StageChange<Stage>]

    /// Creates a history.
    public init(subjectId: Int64, unitId: Int64?, changes: [StageChange<Stage>]) {
        self.subjectId = subjectId
        self.unitId = unitId
        self.changes = changes
    }

    /// The changes in day order, those of one day in the order given.
    public var inDayOrder: [StageChange<Stage>] {
        changes.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
