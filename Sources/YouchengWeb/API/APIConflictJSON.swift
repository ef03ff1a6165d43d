import Foundation
import YouchengCore

/// A refused write's field errors: `{"error": {"code", "message", "field", "details": [{"code", "message",
/// "field"}, …]}}`, the first error on top and every one in `details`.
struct FieldErrorsJSON: Encodable, Sendable {
    struct Detail: Encodable, Sendable {
        let code: String
        let message: String
        let field: String?

        private enum CodingKeys: String, CodingKey { case code, message, field }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(message, forKey: .message)
            try c.encode(field, forKey: .field)  // null rather than absent, as in every API error
        }
    }

    struct Body: Encodable, Sendable {
        let code: String
        let message: String
        let field: String?
        let details: [Detail]

        private enum CodingKeys: String, CodingKey { case code, message, field, details }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(message, forKey: .message)
            try c.encode(field, forKey: .field)
            try c.encode(details, forKey: .details)
        }
    }

    let error: Body

    init(_ errors: FieldErrors, _ language: Language) {
        let details = errors.errors.map {
            Detail(code: $0.code, message: $0.message.text(language), field: $0.field)
        }
        error = Body(
            code: details.first?.code ?? "invalid",
            message: details.map(\.message).joined(separator: language == .zh ? "；" : "; "),
            field: details.first?.field, details: details)
    }
}

/// The answer to a write based on an old version: `{"error": {"code": "stale_version", "message", "field":
/// "version"}, "current": {partnership}, "changedMeanwhile": {"fields": [{"field", "before", "after"}], "entries":
/// [{"at", "actor", "changes": […]}]}}`.
struct StaleVersionJSON: Encodable, Sendable {
    struct ErrorBody: Encodable, Sendable {
        let code: String
        let message: String
        let field: String
    }

    /// A field change with `before` and `after` null, not absent, when there is no value.
    struct Change: Encodable, Sendable {
        let change: FieldChange

        private enum CodingKeys: String, CodingKey { case field, before, after }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(change.field, forKey: .field)
            try c.encode(change.before, forKey: .before)
            try c.encode(change.after, forKey: .after)
        }
    }

    struct Entry: Encodable, Sendable {
        let at: String
        let actor: String
        let changes: [Change]
    }

    struct Meanwhile: Encodable, Sendable {
        let fields: [Change]
        let entries: [Entry]
    }

    let error: ErrorBody
    let current: PartnershipJSON
    let changedMeanwhile: Meanwhile

    init(current record: PartnershipRecord, meanwhile: ChangedMeanwhile, language: Language) {
        error = ErrorBody(
            code: "stale_version",
            message: RegistryError.staleVersion(current: record.partnership.version).message
                .text(language), field: "version")
        current = PartnershipJSON.apiItem(record)
        let time = ISO8601DateFormatter()
        changedMeanwhile = Meanwhile(
            fields: meanwhile.fields.map(Change.init),
            entries: meanwhile.entries.map {
                Entry(at: time.string(from: $0.time), actor: $0.actor, changes: $0.changes.map(Change.init))
            })
    }
}
