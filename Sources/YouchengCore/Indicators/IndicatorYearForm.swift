import Foundation

/// The year form of an indicator (target, and for a hand-entered one its value and source) as typed.
public struct IndicatorYearForm: Sendable, Hashable {
    /// The target; blank for none.
    public var target = ""
    /// The value; blank for none (only hand-entered indicators have one).
    public var value = ""
    /// Who provided the value.
    public var source = ""

    /// Creates a form.
    public init(target: String = "", value: String = "", source: String = "") {
        self.target = target
        self.value = value
        self.source = source
    }

    /// The year's figures for `indicator`, or the fields refused. A computed indicator takes no value or source;
    /// a hand-entered value needs its source.
    public func validate(indicator: Indicator, year: Int) -> Result<IndicatorYear, FieldErrors> {
        var errors: [FieldError] = []
        func number(_ field: String, _ text: String) -> Double? {
            let text = text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let value = IndicatorNumber.parse(text) else {
                errors.append(
                    FieldError(
                        code: "invalid_\(field)", field: field,
                        message: Bilingual(zh: "「\(text)」不是有效的数字", en: "\"\(text)\" is not a valid number")))
                return nil
            }
            return value
        }
        let target = number("target", self.target)
        let value = number("value", self.value)
        let source = self.source.trimmingCharacters(in: .whitespacesAndNewlines)
        if indicator.draft.formula != nil && (value != nil || !source.isEmpty) {
            errors.append(
                FieldError(
                    code: "computed_value", field: "value",
                    message: Bilingual(
                        zh: "该指标由公式计算，不能手工填报数值", en: "this indicator is computed; its value cannot be entered")))
        }
        if indicator.draft.formula == nil && value != nil && source.isEmpty {
            errors.append(
                FieldError(
                    code: "invalid_source", field: "source",
                    message: Bilingual(zh: "手工填报的数值须注明来源", en: "a value entered by hand needs its source")))
        }
        if source.count > IndicatorDraft.maxLength.source || source.contains(where: \.isNewline) {
            errors.append(
                FieldError(
                    code: "invalid_source", field: "source",
                    message: Bilingual(
                        zh: "来源应为一行，最多 100 个字", en: "the source must be one line of at most 100 characters")))
        }
        guard errors.isEmpty else { return .failure(FieldErrors(errors: errors)) }
        return .success(
            IndicatorYear(indicatorId: indicator.id, year: year, target: target, value: value, source: source))
    }
}
