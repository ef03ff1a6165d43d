/// What a decision (议定事项) does to the plan: a new task of a plan, or a link to a task that exists.
public enum MeetingDecisionOutcome: Sendable, Hashable {
    /// A new task of plan `planId`, made from `task`.
    case newTask(planId: Int64, task: PlanTaskDraft)
    /// The task with this id, which exists already.
    case existingTask(Int64)
}

/// A decision as the form gives it, checked by `MeetingDecisionForm.validated(number:)`.
public struct MeetingDecisionDraft: Sendable, Hashable {
    /// What was decided; 1–1,000 characters.
    public var text: String
    /// The task it becomes or is linked to.
    public var outcome: MeetingDecisionOutcome

    /// Creates a draft.
    public init(text: String, outcome: MeetingDecisionOutcome) {
        self.text = text
        self.outcome = outcome
    }
}

/// A stored decision of a meeting.
public struct MeetingDecision: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// The meeting it was taken at.
    public var meetingId: Int64
    /// Its number within the meeting, from 1.
    public var number: Int
    /// What was decided.
    public var text: String
    /// The task it became or is linked to; nil once that task is deleted.
    public var taskId: Int64?
    /// Whether the task was created by the decision (rather than linked).
    public var createdTask: Bool

    /// Creates a decision.
    public init(id: Int64, meetingId: Int64, number: Int, text: String, taskId: Int64?, createdTask: Bool) {
        self.id = id
        self.meetingId = meetingId
        self.number = number
        self.text = text
        self.taskId = taskId
        self.createdTask = createdTask
    }

    /// The entity id its audit entries carry: `meetingId/number`.
    public var auditId: String { "\(meetingId)/\(number)" }
}
