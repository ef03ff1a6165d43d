import Foundation

/// A work plan of the joint meeting (工作计划): an annual plan, a three-year action plan … with its tasks.
public struct Plan: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// Incremented on every change.
    public var version: Int
    /// What the plan says about itself: title, period, kind, status, parent plan.
    public var draft: PlanDraft

    /// Creates a plan.
    public init(id: Int64, version: Int = 1, draft: PlanDraft) {
        self.id = id
        self.version = version
        self.draft = draft
    }

    /// The title.
    public var title: String { draft.title }
}

/// A plan as a form, a command or an import gives it; `validated()` trims it and checks the rules.
public struct PlanDraft: Sendable, Hashable {
    /// The title (`2021年度友城工作计划`); required.
    public var title: String
    /// The period's first day.
    public var from: Day
    /// The period's last day; not before `from`.
    public var to: Day
    /// The kind.
    public var kind: PlanKind
    /// The status.
    public var status: PlanStatus
    /// The plan it refines (a district's plan under the city's), if any.
    public var parentId: Int64?

    /// Creates a draft.
    public init(
        title: String, from: Day, to: Day, kind: PlanKind = .annual, status: PlanStatus = .inForce,
        parentId: Int64? = nil
    ) {
        self.title = title
        self.from = from
        self.to = to
        self.kind = kind
        self.status = status
        self.parentId = parentId
    }

    /// The draft trimmed, or every broken rule: a title of 1–200 characters, a period that does not end before it
    /// starts.
    public func validated() throws(FieldErrors) -> PlanDraft {
        var draft = self
        draft.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if draft.title.isEmpty {
            errors.append(
                FieldError(
                    code: "required", field: "title",
                    message: Bilingual(zh: "请填写计划名称", en: "the plan's title is required")))
        } else if draft.title.count > 200 {
            errors.append(PlanField.tooLong("title", zh: "计划名称", en: "the plan's title", limit: 200))
        }
        if draft.to < draft.from {
            errors.append(
                FieldError(
                    code: "invalid_period", field: "to",
                    message: Bilingual(
                        zh: "计划截止日期 \(draft.to) 早于起始日期 \(draft.from)",
                        en: "the plan ends (\(draft.to)) before it starts (\(draft.from))")))
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return draft
    }

    /// The period a plan command gives: `from` read as the first day of the date, month or year it names, `to` as
    /// the last (`--from 2020 --to 2022` is 2020-01-01 to 2022-12-31); nil for text that is no date.
    public static func period(from: String, to: String) -> (from: Day?, to: Day?) {
        let start = PartialDate(parsing: from).flatMap { date in
            Day(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
        }
        return (start, DueDate.parse(to))
    }
}

/// Field messages shared by the plan types.
enum PlanField {
    /// `field` is longer than `limit` characters.
    static func tooLong(_ field: String, zh: String, en: String, limit: Int) -> FieldError {
        FieldError(
            code: "too_long", field: field,
            message: Bilingual(zh: "\(zh)不能超过 \(limit) 个字", en: "\(en) must be at most \(limit) characters"))
    }
}

/// A plan, task or report the store cannot find or change.
public enum PlanError: Error, Sendable, Equatable {
    /// No plan with that id.
    case planNotFound
    /// No task with that id.
    case taskNotFound
    /// The record changed since it was read (its current version).
    case staleVersion(current: Int)
    /// Another task of the plan has this number.
    case duplicateNumber(String)
    /// The reporting unit neither leads nor cooperates on the task.
    case notTaskUnit
    /// No unit with that id.
    case unitNotFound(Int64)

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .planNotFound: Bilingual(zh: "工作计划不存在", en: "no such plan")
        case .taskNotFound: Bilingual(zh: "任务不存在", en: "no such task")
        case .staleVersion:
            Bilingual(
                zh: "该记录在您读取后已被他人修改，未保存您的更改",
                en: "the record was changed after you read it; your change was not saved")
        case .duplicateNumber(let number):
            Bilingual(zh: "本计划已有序号为「\(number)」的任务", en: "the plan already has a task numbered \"\(number)\"")
        case .notTaskUnit:
            Bilingual(
                zh: "只有任务的牵头单位和配合单位可以报送进展", en: "only the task's lead and cooperating units may report on it")
        case .unitNotFound(let id): Bilingual(zh: "单位 \(id) 不存在", en: "no unit with id \(id)")
        }
    }
}
