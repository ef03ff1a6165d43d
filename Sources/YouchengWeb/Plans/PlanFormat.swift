import YouchengCore

/// Reads form fields for the plan and task forms, each bad one named.
enum PlanFormat {
    /// The day `text` names, nil (with an error) when it is none; nil without one when blank and not `required`.
    static func day(
        _ text: String, field: String, label: Bilingual, required: Bool = true, _ errors: inout [FieldError]
    ) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty, !required { return nil }
        guard let day = Day(parsing: trimmed) else {
            errors.append(
                FieldError(
                    code: "invalid_date", field: field,
                    message: Bilingual(
                        zh: "\(label.zh)「\(trimmed)」应为 YYYY-MM-DD", en: "\(label.en) \"\(trimmed)\" must be YYYY-MM-DD")
                ))
            return nil
        }
        return day
    }

    /// The value of vocabulary `type` with code `text`, nil (with an error) for another.
    static func choice<V: Vocabulary>(_ text: String, _ type: V.Type, field: String, _ errors: inout [FieldError]) -> V?
    {
        guard let value = V(rawValue: text) else {
            errors.append(
                FieldError(
                    code: "invalid_choice", field: field,
                    message: Bilingual(zh: "「\(text)」不在可选范围内", en: "\"\(text)\" is not one of the choices")))
            return nil
        }
        return value
    }

    /// The id in `text`, nil when blank, nil (with an error) when it is no id.
    static func id(_ text: String, field: String, _ errors: inout [FieldError]) -> Int64? {
        guard !text.isEmpty else { return nil }
        guard let id = Int64(text), id > 0 else {
            errors.append(
                FieldError(
                    code: "invalid_choice", field: field,
                    message: Bilingual(zh: "「\(text)」不在可选范围内", en: "\"\(text)\" is not one of the choices")))
            return nil
        }
        return id
    }

    /// The checked draft, or `errors` and the draft's own errors on fields not already named.
    static func merge<T>(_ errors: [FieldError], _ check: () throws(FieldErrors) -> T) -> Result<T, FieldErrors> {
        do {
            let value = try check()
            return errors.isEmpty ? .success(value) : .failure(FieldErrors(errors: errors))
        } catch {
            let named = Set(errors.compactMap(\.field))
            return .failure(FieldErrors(errors: errors + error.errors.filter { !named.contains($0.field ?? "") }))
        }
    }
}
