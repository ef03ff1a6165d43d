/// Errors of prospects and pipeline targets that users can cause, found by the stage rules or the store.
public enum ProspectError: Error, Sendable, Equatable {
    /// No prospect with that id.
    case notFound
    /// The prospect changed since it was read (its current version).
    case staleVersion(current: Int)
    /// The sponsoring unit does not exist or is inactive.
    case unknownUnit(Int64)
    /// The prospect is at this stage already.
    case sameStage(ProspectStage)
    /// Nothing follows a signed or dropped prospect.
    case finalStage(ProspectStage)
    /// This move is not one the rules allow.
    case notAllowed(from: ProspectStage, to: ProspectStage)
    /// Moving to this stage (back, shelving, dropping) needs a reason.
    case reasonRequired(ProspectStage)
    /// The change is dated before the change before it.
    case dateBeforePrevious(previous: Day)
    /// The change is dated after today.
    case futureDate(today: Day)
    /// Signing needs the partnership's kind.
    case kindRequired
    /// The prospect is signed already (the partnership it created).
    case alreadySigned(partnershipId: Int64?)
    /// Signing would twin the home with a partner it is already twinned with (that partnership's id).
    case alreadyTwinned(partnershipId: Int64)
    /// A prospect is entered at an open stage; signing is a stage change.
    case initialStage(ProspectStage)
    /// A signed prospect is kept with its history: it led to partnership `partnershipId` (nil when that was deleted).
    case signedNotDeleted(partnershipId: Int64?)

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .notFound: Bilingual(zh: "结好意向不存在", en: "no such prospect")
        case .staleVersion:
            Bilingual(
                zh: "该结好意向在您读取后已被他人修改，未保存您的更改",
                en: "the prospect was changed after you read it; your change was not saved")
        case .unknownUnit(let id):
            Bilingual(zh: "推进单位：单位 \(id) 不存在或已停用", en: "unit: unit \(id) does not exist or is inactive")
        case .sameStage(let stage):
            Bilingual(zh: "阶段：已处于「\(stage.label.zh)」", en: "stage: it is at \"\(stage.label.en)\" already")
        case .finalStage(let stage):
            Bilingual(
                zh: "阶段：「\(stage.label.zh)」之后不能再变更", en: "stage: nothing follows \"\(stage.label.en)\"")
        case .notAllowed(let from, let to):
            Bilingual(
                zh: "阶段：不能从「\(from.label.zh)」改为「\(to.label.zh)」",
                en: "stage: cannot move from \"\(from.label.en)\" to \"\(to.label.en)\"")
        case .reasonRequired(let stage):
            Bilingual(
                zh: "原因：改为「\(stage.label.zh)」须说明原因",
                en: "reason: moving to \"\(stage.label.en)\" needs a reason")
        case .dateBeforePrevious(let previous):
            Bilingual(
                zh: "日期：不能早于上一次阶段变更（\(previous)）",
                en: "date: cannot be before the previous stage change (\(previous))")
        case .futureDate(let today):
            Bilingual(zh: "日期：不能晚于今天（\(today)）", en: "date: cannot be after today (\(today))")
        case .kindRequired:
            Bilingual(zh: "结好类型：签约须选择友城类型", en: "kind: signing needs the partnership's kind")
        case .alreadySigned(let id):
            Bilingual(
                zh: "该结好意向已签约" + (id.map { "（友城关系 \($0)）" } ?? ""),
                en: "the prospect is signed already" + (id.map { " (partnership \($0))" } ?? ""))
        case .alreadyTwinned(let id):
            Bilingual(
                zh: "该本地主体已与此外方城市结好（友城关系 \(id)）",
                en: "the home is already twinned with this city (partnership \(id))")
        case .initialStage(let stage):
            Bilingual(
                zh: "阶段：新建的结好意向不能处于「\(stage.label.zh)」",
                en: "stage: a new prospect cannot be at \"\(stage.label.en)\"")
        case .signedNotDeleted(let id):
            Bilingual(
                zh: "已签约的结好意向不能删除，其阶段历史随友城关系保留" + (id.map { "（友城关系 \($0)）" } ?? ""),
                en: "a signed prospect cannot be deleted: its history stays with the partnership"
                    + (id.map { " (partnership \($0))" } ?? ""))
        }
    }

    /// The field the error is about, as the forms and the API name it; nil for none.
    public var field: String? {
        switch self {
        case .notFound, .alreadySigned, .alreadyTwinned, .signedNotDeleted: nil
        case .staleVersion: "version"
        case .unknownUnit: "unit"
        case .sameStage, .finalStage, .notAllowed, .initialStage: "stage"
        case .reasonRequired: "reason"
        case .dateBeforePrevious, .futureDate: "date"
        case .kindRequired: "kind"
        }
    }
}
