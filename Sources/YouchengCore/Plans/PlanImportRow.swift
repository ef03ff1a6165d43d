/// One valid row of a plan's task table, with units still by name (the store resolves them, creating new ones).
public struct PlanImportRow: Sendable, Hashable {
    /// The spreadsheet's row number.
    public var row: Int
    /// The task's number.
    public var number: String
    /// The task's title.
    public var title: String
    /// The lead unit's name.
    public var lead: String
    /// The cooperating units' names, the lead unit left out.
    public var cooperating: [String]
    /// The due day, if one was written.
    public var due: Day?
    /// Domains as written.
    public var domains: [String]
    /// Partners as written.
    public var partners: [String]
    /// The target.
    public var target: String
    /// The notes (the task's description).
    public var notes: String
}

/// What a plan's task table holds once read: valid rows, row-numbered errors, and the units to create.
public struct PlanImportPlan: Sendable {
    /// Rows that passed validation, in file order.
    public var rows: [PlanImportRow]
    /// Every problem found; a plan with errors must not be stored.
    public var errors: [RowError]
    /// Unit names that match no existing unit, each once, in first-seen order.
    public var newUnits: [String]
    /// Remarks for the report (columns ignored, the total row skipped).
    public var remarks: [Bilingual]
}
