import Foundation

extension NoticeResponseDraft {
    /// The answer form's or the API's fields `answer`, `comment`, `contact`, `exchange` read into a checked draft,
    /// or every field at fault (`answer` missing or not one of `interested`, `notInterested`, `needInfo`, nor a
    /// label; `exchange` not an id; `comment`, `contact` too long).
    public static func read(answer: String, comment: String, contact: String, exchange: String) -> Result<
        Self, FieldErrors
    > {
        var errors: [FieldError] = []
        let answerText = answer.trimmingCharacters(in: .whitespaces)
        let parsed = NoticeAnswer(rawValue: answerText) ?? NoticeAnswer(parsing: answerText)
        if parsed == nil {
            let codes = NoticeAnswer.allCases.map { "\($0.rawValue)（\($0.label.zh)）" }.joined(separator: "、")
            let codesEn = NoticeAnswer.allCases.map(\.rawValue).joined(separator: ", ")
            errors.append(
                FieldError(
                    code: answerText.isEmpty ? "required" : "unknown_answer", field: "answer",
                    message: answerText.isEmpty
                        ? Bilingual(zh: "请选择答复：\(codes)", en: "choose an answer: \(codesEn)")
                        : Bilingual(
                            zh: "答复「\(answerText)」无效，应为 \(codes)",
                            en: "answer \"\(answerText)\" is not valid: use \(codesEn)")))
        }
        let exchangeText = exchange.trimmingCharacters(in: .whitespaces)
        let exchangeId = Int64(exchangeText)
        if !exchangeText.isEmpty, exchangeId == nil {
            errors.append(
                FieldError(
                    code: "invalid_exchange", field: "exchange",
                    message: Bilingual(
                        zh: "交流活动编号「\(exchangeText)」无效", en: "exchange \"\(exchangeText)\" is not a valid id")))
        }
        let draft = NoticeResponseDraft(
            answer: parsed ?? .needInfo, comment: comment, contact: contact, exchangeId: exchangeId)
        do {
            let valid = try draft.validated()
            return errors.isEmpty ? .success(valid) : .failure(FieldErrors(errors: errors))
        } catch {
            return .failure(FieldErrors(errors: errors + error.errors))
        }
    }
}
