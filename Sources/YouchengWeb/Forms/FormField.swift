/// One field of a form, as the `form-field` partial draws it: a label tied to its control, the value as typed, the
/// error under the label (announced through `aria-describedby`), and a hint. Built by `FormFieldKit`, which sets
/// the control's flag and attributes; the rest keep their defaults.
struct FormField: Sendable {
    let name: String
    let id: String
    let label: String
    /// The value as typed (a select's and a checkbox group's choices are in `options`).
    let value: String
    let error: String?
    /// Marked with an asterisk and the `required` attribute.
    var required = false
    var hint: String?

    /// A text-like `<input>` of `type` (`text`, `password`), with the attributes below when set.
    var isInput = false
    var type = "text"
    /// The id of a `<datalist>` of suggestions.
    var list: String?
    var placeholder: String?
    /// The language of the text typed, when it is not the page's.
    var lang: String?
    var inputMode: String?
    var autocomplete: String?

    /// A `<select>` of `options`, or a fieldset of checkboxes, one per option; `selected` is the choice kept.
    var isSelect = false
    var isCheckboxes = false
    var options: [SelectOption] = []

    /// A `<textarea>`.
    var isTextarea = false
    /// Spans the whole row of the form.
    var wide = false
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
