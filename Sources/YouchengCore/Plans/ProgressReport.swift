import Foundation

/// A progress report on a task (进展), by one of its units.
public struct ProgressReport: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// The task reported on.
    public var taskId: Int64
    /// The reporting unit.
    public var unitId: Int64
    /// What was reported.
    public var draft: ProgressReportDraft
    /// Who reported it (a username, or `system`).
    public var reportedBy: String

    /// Creates a report.
    public init(id: Int64, taskId: Int64, unitId: Int64, draft: ProgressReportDraft, reportedBy: String) {
        self.id = id
        self.taskId = taskId
        self.unitId = unitId
        self.draft = draft
        self.reportedBy = reportedBy
    }
}

/// A report as a form or the API gives it; `validated()` trims it and checks the rules.
public struct ProgressReportDraft: Sendable, Hashable {
    /// The day it reports as of.
    public var date: Day
    /// The task's status it reports.
    public var status: PlanTaskStatus
    /// The progress it reports, 0–100.
    public var progress: Int
    /// What was done; required.
    public var text: String
    /// What comes next; may be empty.
    public var nextSteps: String

    /// Creates a draft.
    public init(date: Day, status: PlanTaskStatus, progress: Int, text: String, nextSteps: String = "") {
        self.date = date
        self.status = status
        self.progress = progress
        self.text = text
        self.nextSteps = nextSteps
    }

    /// The longest text or next steps, in characters.
    public static let textLimit = 2000

    /// The draft trimmed, or every broken rule: progress 0–100, a text of 1–2000 characters, next steps of at most
    /// 2000.
    public func validated() throws(FieldErrors) -> ProgressReportDraft {
        var draft = self
        draft.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.nextSteps = nextSteps.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if !(0...100).contains(progress) {
            errors.append(Self.progressError(String(progress)))
        }
        if draft.text.isEmpty {
            errors.append(
                FieldError(
                    code: "required", field: "text",
                    message: Bilingual(zh: "请填写进展情况", en: "the report's text is required")))
        } else if draft.text.count > Self.textLimit {
            errors.append(PlanField.tooLong("text", zh: "进展情况", en: "the report's text", limit: Self.textLimit))
        }
        if draft.nextSteps.count > Self.textLimit {
            errors.append(PlanField.tooLong("nextSteps", zh: "下一步计划", en: "the next steps", limit: Self.textLimit))
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return draft
    }

    /// The error for a progress that is not a whole number from 0 to 100.
    public static func progressError(_ value: String) -> FieldError {
        FieldError(
            code: "invalid_progress", field: "progress",
            message: Bilingual(
                zh: "完成进度「\(value)」应为 0 到 100 之间的整数", en: "progress \"\(value)\" must be a whole number from 0 to 100"))
    }
}
