import Foundation
import YouchengCore

/// A plan's or task's JSON body read onto the form's fields: each field given replaces the form's, so a POST fills an
/// empty form and a PATCH changes only what it names; then the form's own reading checks it, so the API and the
/// pages share one set of rules and messages.
struct PlanWriteInput {
    let object: [String: Any]
    /// Unknown fields and values of the wrong type.
    private(set) var errors: [FieldError]

    /// The object `bytes` hold, with `known` (and `version`) the fields it may have; a `FieldError` (400) for a body
    /// that is no JSON object.
    init(json bytes: [UInt8], known: Set<String>) throws {
        object = try JSONObjectBody.read(bytes)
        errors = JSONObjectBody.unknownFields(object, known: known.union(["version"]))
    }

    /// The version the record was read at, when given as a whole number.
    var version: Int? {
        guard let number = object["version"] as? NSNumber, !JSONObjectBody.isBoolean(number) else { return nil }
        return number.intValue
    }

    /// Sets `target` to field `key` as text when given: a string as is, a whole number written out, null as empty.
    mutating func text(_ key: String, into target: inout String) {
        guard let value = object[key] else { return }
        if let text = Self.text(value) {
            target = text
        } else {
            errors.append(Self.typeError(key, Bilingual(zh: "应为文字", en: "must be a string")))
        }
    }

    /// Sets `target` to field `key` as a list when given: an array of strings or whole numbers, null as empty.
    mutating func list(_ key: String, into target: inout [String]) {
        guard let value = object[key] else { return }
        if value is NSNull {
            target = []
        } else if let items = value as? [Any], case let texts = items.compactMap(Self.text), texts.count == items.count
        {
            target = texts
        } else {
            errors.append(Self.typeError(key, Bilingual(zh: "应为数组", en: "must be an array")))
        }
    }

    /// `checked` with the input's own errors first; a field already refused is not named twice.
    func result<T>(_ checked: Result<T, FieldErrors>) -> Result<T, FieldErrors> {
        PlanFormat.merge(errors) { () throws(FieldErrors) in try checked.get() }
    }

    private static func text(_ value: Any) -> String? {
        switch value {
        case let text as String: return text
        case is NSNull: return ""
        case let number as NSNumber
        where !JSONObjectBody.isBoolean(number) && number.doubleValue.rounded() == number.doubleValue:
            return String(number.int64Value)
        default: return nil
        }
    }

    private static func typeError(_ key: String, _ rule: Bilingual) -> FieldError {
        FieldError(
            code: "invalid_type", field: key,
            message: Bilingual(zh: "字段「\(key)」\(rule.zh)", en: "field \"\(key)\" \(rule.en)"))
    }
}

extension PlanWriteInput {
    /// `form` with the plan fields given replaced.
    mutating func apply(to form: PlanForm) -> PlanForm {
        var form = form
        text("title", into: &form.title)
        text("from", into: &form.from)
        text("to", into: &form.to)
        text("kind", into: &form.kind)
        text("status", into: &form.status)
        text("parentId", into: &form.parentId)
        return form
    }

    /// `form` with the task fields given replaced (lists as arrays).
    mutating func apply(to form: TaskForm) -> TaskForm {
        var form = form
        for (key, path) in [
            ("number", \TaskForm.number), ("title", \.title), ("description", \.description),
            ("leadUnitId", \.leadUnitId), ("due", \.due), ("target", \.target), ("parentId", \.parentId),
            ("status", \.status),
        ] {
            text(key, into: &form[keyPath: path])
        }
        list("cooperatingUnitIds", into: &form.cooperatingUnitIds)
        var domains = PlanImporter.items(form.domains)
        list("domains", into: &domains)
        form.domains = domains.joined(separator: "、")
        var partners = PlanImporter.items(form.partners)
        list("partners", into: &partners)
        form.partners = partners.joined(separator: "、")
        return form
    }
}
