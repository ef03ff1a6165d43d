import Foundation

/// A decision as typed into the meeting page's form, every value as text; `validated(number:)` reads it into a
/// draft or lists every field at fault, each message naming the decision's number. Fields: `text`, `outcome`
/// (`new` or `existing`), for a new task `plan`, `number`, `task_title`, `lead`, `due`, `cooperating`, for an
/// existing one `task`.
public struct MeetingDecisionForm: Sendable, Hashable {
    /// What was decided.
    public var text: String
    /// `new` (the decision becomes a new task) or `existing` (it is linked to a task).
    public var outcome: String
    /// The new task's plan id.
    public var plan: String
    /// The new task's number in the plan (`4.1`).
    public var number: String
    /// The new task's title; the decision's text when left empty.
    public var taskTitle: String
    /// The new task's lead unit id.
    public var lead: String
    /// The new task's due date: a day, or a month, quarter or year meaning its last day (`DueDate`).
    public var due: String
    /// The new task's cooperating unit ids.
    public var cooperating: [String]
    /// The existing task's id.
    public var task: String

    /// Creates a form.
    public init(
        text: String = "", outcome: String = "new", plan: String = "", number: String = "", taskTitle: String = "",
        lead: String = "", due: String = "", cooperating: [String] = [], task: String = ""
    ) {
        self.text = text
        self.outcome = outcome
        self.plan = plan
        self.number = number
        self.taskTitle = taskTitle
        self.lead = lead
        self.due = due
        self.cooperating = cooperating
        self.task = task
    }

    /// The draft of decision `decision` (its number in the meeting), or every broken rule: a text of 1–1,000
    /// characters; for a new task a plan id, a number of 1–20 characters, a title of at most 200, a lead unit id, a
    /// due date `DueDate` reads and cooperating unit ids; for an existing task its id.
    public func validated(number decision: Int) -> Result<MeetingDecisionDraft, FieldErrors> {
        var errors: [FieldError] = []
        func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func fail(_ code: String, _ field: String, zh: String, en: String) {
            errors.append(
                JointMeetingForm.error(
                    code, field, zh: "第 \(decision) 项议定事项：\(zh)", en: "decision \(decision): \(en)"))
        }
        func id(_ field: String, _ text: String, zh: String, en: String) -> Int64? {
            let text = trim(text)
            if text.isEmpty {
                fail("required", field, zh: "请选择\(zh)", en: "choose \(en)")
                return nil
            }
            guard let id = Int64(text), id >= 1 else {
                fail("invalid_id", field, zh: "\(zh)编号「\(text)」无效", en: "\(en) \"\(text)\" is not a valid id")
                return nil
            }
            return id
        }
        let text = trim(self.text)
        if text.isEmpty {
            fail("required", "text", zh: "请填写议定事项内容", en: "the text is required")
        } else if text.count > 1_000 {
            fail("too_long", "text", zh: "内容不能超过 1000 个字", en: "the text must be at most 1000 characters")
        }
        var outcome: MeetingDecisionOutcome?
        switch trim(self.outcome) {
        case "existing":
            if let task = id("task", self.task, zh: "关联的任务", en: "the task it is linked to") {
                outcome = .existingTask(task)
            }
        case "new":
            outcome = newTask(text: text, trim: trim, fail: fail, id: id)
        default:
            fail(
                "unknown_outcome", "outcome", zh: "请选择形成新任务（new）或关联已有任务（existing）",
                en: "choose a new task (new) or an existing task (existing)")
        }
        guard errors.isEmpty, let outcome else { return .failure(FieldErrors(errors: errors)) }
        return .success(MeetingDecisionDraft(text: text, outcome: outcome))
    }

    private func newTask(
        text: String, trim: (String) -> String, fail: (String, String, String, String) -> Void,
        id: (String, String, String, String) -> Int64?
    ) -> MeetingDecisionOutcome? {
        let plan = id("plan", self.plan, "工作计划", "the plan")
        let number = trim(self.number)
        if number.isEmpty {
            fail("required", "number", "请填写任务序号", "the task's number is required")
        } else if number.count > 20 {
            fail("too_long", "number", "任务序号不能超过 20 个字", "the task's number must be at most 20 characters")
        }
        let title = trim(taskTitle).isEmpty ? String(text.prefix(200)) : trim(taskTitle)
        if trim(taskTitle).count > 200 {
            fail("too_long", "task_title", "任务名称不能超过 200 个字", "the task's title must be at most 200 characters")
        }
        let lead = id("lead", self.lead, "牵头单位", "the lead unit")
        let dueText = trim(self.due)
        let due = DueDate.parse(dueText)
        if dueText.isEmpty {
            fail("required", "due", "请填写完成时限", "the due date is required")
        } else if due == nil {
            fail(
                "invalid_date", "due", "完成时限「\(dueText)」无效，应为日期、月份、季度或年份",
                "due date \"\(dueText)\" is not a date, month, quarter or year")
        }
        var cooperating: [Int64] = []
        for item in self.cooperating.map(trim) where !item.isEmpty {
            guard let unit = Int64(item) else {
                fail("invalid_id", "cooperating", "配合单位编号「\(item)」无效", "cooperating unit \"\(item)\" is not a valid id")
                continue
            }
            if unit != lead && !cooperating.contains(unit) { cooperating.append(unit) }
        }
        guard let plan, let lead, let due, !number.isEmpty, number.count <= 20, title.count <= 200 else { return nil }
        return .newTask(
            planId: plan,
            task: PlanTaskDraft(
                number: number, title: title, leadUnitId: lead, cooperatingUnitIds: cooperating, due: due))
    }
}
