/// Errors of cooperation projects that users can cause, found by the rules or the store.
public enum ProjectError: Error, Sendable, Equatable {
    /// No project with that id.
    case notFound
    /// The project changed since it was read (its current version).
    case staleVersion(current: Int)
    /// A partner given does not exist (its id).
    case unknownPartner(Int64)
    /// The owning unit does not exist or is inactive (its id).
    case unknownUnit(Int64)
    /// The source record does not exist.
    case unknownSource(ProjectSource)
    /// The project is at this stage already.
    case sameStage(ProjectStage)
    /// The change is dated before the current stage began (that day).
    case dateBeforeStage(Day)
    /// The change or note is dated after today (that day).
    case futureDate(Day)
    /// A step back (from, to) without a reason.
    case reasonRequired(from: ProjectStage, to: ProjectStage)

    /// The message in both languages, naming the field or the record.
    public var message: Bilingual {
        switch self {
        case .notFound: Bilingual(zh: "合作项目不存在", en: "no such project")
        case .staleVersion:
            Bilingual(
                zh: "该项目在您读取后已被他人修改，未保存您的更改", en: "the project was changed after you read it; your change was not saved"
            )
        case .unknownPartner(let id):
            Bilingual(zh: "外方城市：编号 \(id) 的外方城市不存在", en: "partners: partner \(id) does not exist")
        case .unknownUnit(let id):
            Bilingual(zh: "负责单位：单位 \(id) 不存在或已停用", en: "unit: unit \(id) does not exist or is inactive")
        case .unknownSource(let source):
            Bilingual(
                zh: "来源：\(source.kind.label.zh) \(source.reference) 不存在",
                en: "source: \(source.kind.label.en.lowercased()) \(source.reference) does not exist")
        case .sameStage(let stage):
            Bilingual(zh: "阶段：项目已处于「\(stage.label.zh)」", en: "stage: the project is already at \(stage.label.en)")
        case .dateBeforeStage(let day):
            Bilingual(
                zh: "日期：不能早于当前阶段的开始日期 \(day)", en: "date: must not be before the current stage began (\(day))")
        case .futureDate(let day):
            Bilingual(zh: "日期：不能晚于今天（\(day)）", en: "date: must not be after today (\(day))")
        case .reasonRequired(let from, let to):
            Bilingual(
                zh: "原因：从「\(from.label.zh)」退回「\(to.label.zh)」须说明原因",
                en: "reason: moving back from \(from.label.en) to \(to.label.en) needs a reason")
        }
    }

    /// The field the error is about, as forms and the API name it; nil for none.
    public var field: String? {
        switch self {
        case .notFound: nil
        case .staleVersion: "version"
        case .unknownPartner: "partners"
        case .unknownUnit: "unit"
        case .unknownSource: "source"
        case .sameStage: "stage"
        case .dateBeforeStage, .futureDate: "date"
        case .reasonRequired: "reason"
        }
    }
}
