import Foundation

/// A stage change as a form or API call gives it, every field as text: `stage` (a code or either label), `date`
/// (`YYYY-MM-DD`, empty for today), `reason`, and `kind` (a partnership kind, for signing).
public struct ProspectStageForm: Sendable, Hashable {
    /// The new stage.
    public var stage: String
    /// Its day.
    public var date: String
    /// Why.
    public var reason: String
    /// The partnership's kind, for signing.
    public var kind: String

    /// The longest reason accepted.
    public static let maxReason = 2000

    /// Creates a form.
    public init(stage: String = "", date: String = "", reason: String = "", kind: String = "") {
        self.stage = stage
        self.date = date
        self.reason = reason
        self.kind = kind
    }

    /// The request, or every refused field (the stage rules themselves are the store's, which knows the current
    /// stage).
    public func validated(today: Day) -> Result<ProspectStageRequest, FieldErrors> {
        var errors: [FieldError] = []
        func refuse(_ field: String, _ zh: String, _ en: String) {
            errors.append(FieldError(code: "invalid", field: field, message: Bilingual(zh: zh, en: en)))
        }
        let text = stage.trimmingCharacters(in: .whitespacesAndNewlines)
        let parsed = ProspectStage(rawValue: text) ?? ProspectStage(parsing: text)
        if parsed == nil {
            let known = ProspectStage.codes.joined(separator: ", ")
            refuse("stage", "阶段：应为 \(known) 之一", "stage: must be one of \(known)")
        }
        let dateText = date.trimmingCharacters(in: .whitespacesAndNewlines)
        let day = dateText.isEmpty ? today : Day(parsing: dateText)
        if day == nil { refuse("date", "日期：应为 YYYY-MM-DD", "date: must be YYYY-MM-DD") }
        if reason.count > Self.maxReason { refuse("reason", "原因：最多 2000 字", "reason: at most 2,000 characters") }
        let kindText = kind.trimmingCharacters(in: .whitespacesAndNewlines)
        var partnershipKind: PartnershipKind?
        if !kindText.isEmpty {
            partnershipKind = PartnershipKind(rawValue: kindText) ?? PartnershipKind(parsing: kindText)
            if partnershipKind == nil {
                let known = PartnershipKind.codes.joined(separator: ", ")
                refuse("kind", "结好类型：应为 \(known) 之一", "kind: must be one of \(known)")
            }
        }
        guard errors.isEmpty, let parsed, let day else { return .failure(FieldErrors(errors: errors)) }
        return .success(ProspectStageRequest(stage: parsed, date: day, reason: reason, kind: partnershipKind))
    }
}
