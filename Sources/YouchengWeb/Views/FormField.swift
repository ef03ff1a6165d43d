/// One field of a form, as the `form-field` partial draws it: a label tied to its control, the value as typed, the
/// error under the label (announced through `aria-describedby`), and a hint. Built by `FormFieldKit`.
struct FormField: Sendable {
    let name: String
    let id: String
    let label: String
    /// The value as typed (a select's and a checkbox group's choices are in `options`).
    let value: String
    let error: String?
    /// Marked with an asterisk and the `required` attribute.
    let required: Bool
    let hint: String?
    /// A text-like `<input>`, with these attributes.
    let isInput: Bool
    /// `text` or `password`.
    let type: String
    /// The id of a `<datalist>` of suggestions.
    let list: String?
    let placeholder: String?
    /// The language of the text typed, when it is not the page's.
    let lang: String?
    let inputMode: String?
    let autocomplete: String?
    /// A select's options, or a checkbox group's boxes, each saying whether it is chosen.
    let options: [SelectOption]
    let isSelect: Bool
    let isCheckboxes: Bool
    let isTextarea: Bool
    /// Spans the whole row of the form.
    let wide: Bool
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
