/// Errors of the indicator store that users can cause.
public enum IndicatorError: Error, Sendable, Equatable {
    /// No indicator with that id.
    case notFound
    /// The indicator changed since it was read (the current version).
    case staleVersion(current: Int)
    /// Another indicator has that code.
    case duplicateCode(String)

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .notFound: Bilingual(zh: "指标不存在", en: "no such indicator")
        case .staleVersion:
            Bilingual(
                zh: "该指标在您读取后已被他人修改，未保存您的更改",
                en: "the indicator was changed after you read it; your change was not saved")
        case .duplicateCode(let code):
            Bilingual(zh: "已有代码为「\(code)」的指标", en: "an indicator with code \"\(code)\" exists")
        }
    }
}
