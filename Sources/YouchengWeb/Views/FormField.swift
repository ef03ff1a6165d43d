/// One field of a record form: its name, value as typed, label and error, if any.
struct FormField: Sendable {
    let name: String
    let id: String
    let label: String
    let value: String
    let error: String?

    init(name: String, label: String, value: String, error: String?) {
        self.name = name
        id = "field-\(name)"
        self.label = label
        self.value = value
        self.error = error
    }
}

/// A labelled link beside a message (reopen the record, open the existing one).
struct FormLink: Sendable {
    let href: String
    let label: String
}

/// A record form creates a record, or updates one read at a known version.
enum FormMode: Sendable {
    case create
    case update(id: Int64, version: Int)

    var id: Int64? {
        if case .update(let id, _) = self { id } else { nil }
    }

    var version: Int? {
        if case .update(_, let version) = self { version } else { nil }
    }
}
