/// Reading the values of a registry row, shared by the import and the form: each gives the value, or why the text
/// is refused (a reason that follows the value in a message: `不是有效日期` / `is not a valid date`).
public enum RegistryValue {
    /// A partner's country: known, and foreign.
    public static func country(_ text: String, in catalog: CountryCatalog) -> Result<String, Refusal> {
        guard let country = catalog.lookup(text) else {
            return .failure(Refusal(Bilingual(zh: "不是已知的国家", en: "is not a known country")))
        }
        guard !CountryCatalog.domestic.contains(country.alpha2) else {
            return .failure(Refusal(CountryCatalog.domesticReason))
        }
        return .success(country.alpha2)
    }

    /// A kind, by code (`sisterCity`) or any spelling the import accepts.
    public static func kind(_ text: String) -> Result<PartnershipKind, Refusal> {
        guard let kind = PartnershipKind(rawValue: text) ?? PartnershipKind(parsing: text) else {
            return .failure(
                Refusal(Bilingual(zh: "不是有效类型（友好城市 / 友好交流城市）", en: "is not a kind (sister city / friendship city)")))
        }
        return .success(kind)
    }

    /// A status, by code (`active`) or any spelling the import accepts.
    public static func status(_ text: String) -> Result<PartnershipStatus, Refusal> {
        guard let status = PartnershipStatus(rawValue: text) ?? PartnershipStatus(parsing: text) else {
            return .failure(
                Refusal(Bilingual(zh: "不是有效状态（有效 / 暂停 / 终止）", en: "is not a status (active / suspended / ended)")))
        }
        return .success(status)
    }

    /// A date at the precision written.
    public static func date(_ text: String) -> Result<PartialDate, Refusal> {
        guard let date = PartialDate(parsing: text) else {
            return .failure(Refusal(Bilingual(zh: "不是有效日期", en: "is not a valid date")))
        }
        return .success(date)
    }

    /// The longest partner name accepted.
    public static let maxNameLength = 200
    /// The longest notes accepted.
    public static let maxNotesLength = 5000

    /// A free-text value: at most `limit` characters and no control characters (line breaks and tabs are allowed
    /// where `multiline`).
    public static func text(_ text: String, limit: Int, multiline: Bool = false) -> Result<String, Refusal> {
        // No more bytes than the limit is no more characters; no byte below the space, no DEL and no C1 lead byte
        // (0xC2 begins U+0080–U+00BF) is no control character: most text an import reads passes here.
        if text.utf8.count <= limit, !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) {
            return .success(text)
        }
        guard text.count <= limit else {
            return .failure(
                Refusal(Bilingual(zh: "过长（最多 \(limit) 个字符）", en: "is too long (at most \(limit) characters)")))
        }
        let allowed: Set<Unicode.Scalar> = multiline ? ["\n", "\r", "\t"] : []
        let hasControl = text.unicodeScalars.contains {
            $0.properties.generalCategory == .control && !allowed.contains($0)
        }
        guard !hasControl else {
            return .failure(Refusal(Bilingual(zh: "含有控制字符", en: "contains control characters")))
        }
        return .success(text)
    }

    /// Why a value is refused.
    public struct Refusal: Error, Sendable, Equatable {
        /// The reason, to follow the value in a message.
        public let reason: Bilingual

        /// Wraps a reason.
        public init(_ reason: Bilingual) { self.reason = reason }
    }
}

extension FieldError {
    /// A refused form value: `结好时间「2019-13-45」不是有效日期 / established: "2019-13-45" is not a valid date`.
    public init(code: String, column: RegistryColumn, field: String, value: String, reason: Bilingual) {
        self.init(
            code: code, field: field,
            message: Bilingual(
                zh: "\(column.label.zh)「\(value)」\(reason.zh)", en: "\(column.label.en): \"\(value)\" \(reason.en)"))
    }
}
