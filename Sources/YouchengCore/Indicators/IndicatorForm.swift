import Foundation

extension IndicatorDraft {
    /// The value-source code of a hand-entered indicator, beside the formula codes.
    public static let manual = "manual"

    /// The longest code, name, measure and source accepted.
    public static let maxLength = (code: 20, name: 100, measure: 20, source: 100)
}

/// The indicator form's fields as typed (and the API's, as text), so a refused form comes back with its input kept.
public struct IndicatorForm: Sendable, Hashable {
    /// The code.
    public var code = ""
    /// The category's code.
    public var category = ""
    /// The Chinese name.
    public var nameZh = ""
    /// The English name.
    public var nameEn = ""
    /// The measurement unit.
    public var measure = ""
    /// `higher` or `lower`.
    public var direction = IndicatorDirection.higher.rawValue
    /// A formula's code or `manual`.
    public var formula = IndicatorDraft.manual
    /// Its place within the category.
    public var position = ""

    /// An empty form.
    public init() {}

    /// The form as posted.
    public init(fields: [String: String]) {
        code = fields["code"] ?? ""
        category = fields["category"] ?? ""
        nameZh = fields["nameZh"] ?? ""
        nameEn = fields["nameEn"] ?? ""
        measure = fields["measure"] ?? ""
        direction = fields["direction"] ?? ""
        formula = fields["formula"] ?? ""
        position = fields["position"] ?? ""
    }

    /// The form of a stored indicator.
    public init(_ draft: IndicatorDraft) {
        code = draft.code
        category = draft.category
        nameZh = draft.nameZh
        nameEn = draft.nameEn
        measure = draft.measure
        direction = draft.direction.rawValue
        formula = draft.formula?.rawValue ?? IndicatorDraft.manual
        position = String(draft.position)
    }

    /// The draft, or every refused field with a message naming it. `categories` are the codes that exist.
    public func validate(categories: [String]) -> Result<IndicatorDraft, FieldErrors> {
        var errors: [FieldError] = []
        func refuse(_ field: String, _ message: Bilingual) {
            errors.append(FieldError(code: "invalid_\(field)", field: field, message: message))
        }
        func text(_ field: String, _ value: String, limit: Int, required: Bool) -> String {
            let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if required && value.isEmpty { refuse(field, Bilingual(zh: "必填", en: "is required")) }
            if value.count > limit || value.contains(where: \.isNewline) {
                refuse(
                    field, Bilingual(zh: "应为一行，最多 \(limit) 个字", en: "must be one line of at most \(limit) characters"))
            }
            return value
        }
        let limits = IndicatorDraft.maxLength
        let code = text("code", self.code, limit: limits.code, required: true)
        if !code.isEmpty && !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            refuse(
                "code",
                Bilingual(zh: "「\(code)」只能含字母、数字、- 和 _", en: "\"\(code)\" may hold only letters, digits, - and _"))
        }
        let category = self.category.trimmingCharacters(in: .whitespaces)
        if !categories.contains(category) {
            refuse("category", Bilingual(zh: "「\(category)」不是已有的类别", en: "\"\(category)\" is not a category"))
        }
        let nameZh = text("nameZh", self.nameZh, limit: limits.name, required: true)
        let nameEn = text("nameEn", self.nameEn, limit: limits.name, required: false)
        let measure = text("measure", self.measure, limit: limits.measure, required: false)
        let direction = IndicatorDirection(rawValue: self.direction.trimmingCharacters(in: .whitespaces))
        if direction == nil {
            refuse(
                "direction",
                Bilingual(
                    zh: "「\(self.direction)」应为 higher 或 lower", en: "\"\(self.direction)\" must be higher or lower"))
        }
        let source = self.formula.trimmingCharacters(in: .whitespaces)
        let formula = IndicatorFormula(rawValue: source)
        if formula == nil && source != IndicatorDraft.manual {
            refuse("formula", Bilingual(zh: "「\(source)」不是已知的计算公式", en: "\"\(source)\" is not a known formula"))
        }
        let positionText = self.position.trimmingCharacters(in: .whitespaces)
        let position = positionText.isEmpty ? 0 : Int(positionText)
        if position == nil || !(0...9999).contains(position ?? 0) {
            refuse(
                "position",
                Bilingual(
                    zh: "「\(positionText)」应为 0–9999 的整数",
                    en: "\"\(positionText)\" must be a whole number from 0 to 9999"))
        }
        guard errors.isEmpty, let direction, let position else { return .failure(FieldErrors(errors: errors)) }
        return .success(
            IndicatorDraft(
                code: code, category: category, nameZh: nameZh, nameEn: nameEn, measure: measure,
                direction: direction, formula: formula, position: position))
    }
}
