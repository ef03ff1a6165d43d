/// A plan task due in a year, as the indicators read it: who leads it, when it is due, and the day it was first
/// reported done.
public struct TaskOutcome: Sendable, Hashable {
    /// The task.
    public var taskId: Int64
    /// The lead unit (牵头单位).
    public var leadUnitId: Int64
    /// The due date.
    public var due: Day
    /// The day of the first progress report saying the task is done; nil when none has.
    public var firstDone: Day?

    /// Creates an outcome.
    public init(taskId: Int64, leadUnitId: Int64, due: Day, firstDone: Day?) {
        self.taskId = taskId
        self.leadUnitId = leadUnitId
        self.due = due
        self.firstDone = firstDone
    }

    /// Done on time: first reported done on or before the due date (a report on the due date is on time).
    public var doneOnTime: Bool { firstDone.map { $0 <= due } ?? false }
}

/// How many exchanges of one kind a unit organized in a year (the unit nil: none recorded).
public struct ExchangeTally: Sendable, Hashable {
    /// The organizing unit.
    public var unitId: Int64?
    /// The kind.
    public var kind: ExchangeKind
    /// How many started in the year.
    public var count: Int

    /// Creates a tally.
    public init(unitId: Int64?, kind: ExchangeKind, count: Int) {
        self.unitId = unitId
        self.kind = kind
        self.count = count
    }
}
