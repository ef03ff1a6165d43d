/// Errors of meetings that users can cause, found by the store.
public enum MeetingError: Error, Sendable, Equatable {
    /// No meeting with that id.
    case notFound
    /// The meeting changed since it was read (its current version).
    case staleVersion(current: Int)
    /// Agenda item `item` (from 1) points to a record that does not exist.
    case unknownAgendaLink(item: Int, AgendaLink)
    /// A unit in the attendance does not exist (its id as given).
    case unknownUnit(Int64)
    /// Decision `decision`'s plan does not exist.
    case unknownPlan(decision: Int, Int64)
    /// Decision `decision`'s lead or cooperating unit does not exist or is inactive (field `lead` or `cooperating`).
    case inactiveTaskUnit(decision: Int, field: String, Int64)
    /// Decision `decision`'s existing task does not exist.
    case unknownTask(decision: Int, Int64)
    /// Decision `decision`'s new task has a number its plan has already.
    case duplicateTaskNumber(decision: Int, String)

    /// The message in both languages, naming the agenda item or decision.
    public var message: Bilingual {
        switch self {
        case .notFound: Bilingual(zh: "会议不存在", en: "no such meeting")
        case .staleVersion:
            Bilingual(
                zh: "该会议在您读取后已被他人修改，未保存您的更改",
                en: "the meeting was changed after you read it; your change was not saved")
        case .unknownAgendaLink(let item, let link):
            Bilingual(
                zh: "第 \(item) 项议程：\(link.kind.label.zh) \(link.id) 不存在",
                en: "agenda item \(item): \(link.kind.label.en.lowercased()) \(link.id) does not exist")
        case .unknownUnit(let id):
            Bilingual(zh: "出席情况：单位 \(id) 不存在", en: "attendance: unit \(id) does not exist")
        case .unknownPlan(let decision, let id):
            Bilingual(
                zh: "第 \(decision) 项议定事项：工作计划 \(id) 不存在", en: "decision \(decision): plan \(id) does not exist")
        case .inactiveTaskUnit(let decision, let field, let id):
            Bilingual(
                zh: "第 \(decision) 项议定事项：\(field == "lead" ? "牵头单位" : "配合单位") \(id) 不存在或已停用",
                en:
                    "decision \(decision): \(field == "lead" ? "lead" : "cooperating") unit \(id) does not exist or is inactive"
            )
        case .unknownTask(let decision, let id):
            Bilingual(zh: "第 \(decision) 项议定事项：任务 \(id) 不存在", en: "decision \(decision): task \(id) does not exist")
        case .duplicateTaskNumber(let decision, let number):
            Bilingual(
                zh: "第 \(decision) 项议定事项：该计划已有序号为「\(number)」的任务",
                en: "decision \(decision): the plan already has a task numbered \"\(number)\"")
        }
    }

    /// The field the error is about, as the forms name it; nil for none.
    public var field: String? {
        switch self {
        case .notFound: nil
        case .staleVersion: "version"
        case .unknownAgendaLink(let item, _): "agenda_\(item)_id"
        case .unknownUnit(let id): "attendance_\(id)"
        case .unknownPlan: "plan"
        case .inactiveTaskUnit(_, let field, _): field
        case .unknownTask: "task"
        case .duplicateTaskNumber: "number"
        }
    }
}
