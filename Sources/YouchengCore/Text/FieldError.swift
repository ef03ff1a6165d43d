/// A refused value of a form field, a query parameter or an API property, with a message in both languages.
public struct FieldError: Error, Sendable, Hashable, Codable {
    /// A stable machine code (`invalid_date`, `unknown_country` …).
    public var code: String
    /// The field's name as the form or API spells it (`established`).
    public var field: String?
    /// What is wrong, in both languages.
    public var message: Bilingual

    /// Creates an error.
    public init(code: String, field: String?, message: Bilingual) {
        self.code = code
        self.field = field
        self.message = message
    }
}

/// Several field errors at once (a form with more than one bad field).
public struct FieldErrors: Error, Sendable, Hashable {
    /// The errors, in field order.
    public var errors: [FieldError]

    /// Wraps a list of errors.
    public init(errors: [FieldError]) { self.errors = errors }

    /// The message for `field`, if that field has an error.
    public func message(for field: String) -> Bilingual? { errors.first { $0.field == field }?.message }
}
