import YouchengCore

/// Builds the fields of one form: each label is the catalog's `labelPrefix + name` (unless given), each error the
/// validation's message for that name, in the page's language. Text, date, password, select, checkboxes, textarea.
struct FormFieldKit: Sendable {
    /// How much of a date a field takes.
    enum DateEntry: Sendable {
        /// A year, a month or a day, in several spellings (`1985`, `1985-03`, `1985年3月12日`).
        case partial
        /// A whole day, `2026-11-23`, typed on a number pad.
        case day
    }

    let labelPrefix: String
    let errors: FieldErrors?
    let language: Language
    let catalog: LabelCatalog
    /// Put before a field's name to make its id.
    var idPrefix = "field-"

    /// Whether any field was refused (the form then shows a summary above it).
    var hasErrors: Bool { !(errors?.errors.isEmpty ?? true) }

    /// A label from the catalog in the kit's language.
    func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        catalog.text(key, language, arguments)
    }

    /// A one-line text field.
    func text(
        _ name: String, _ value: String, label: String? = nil, required: Bool = false, hint: String? = nil,
        list: String? = nil, placeholder: String? = nil, lang: String? = nil, inputMode: String? = nil,
        autocomplete: String? = nil
    ) -> FormField {
        var field = field(name, value, label: label, required: required, hint: hint)
        field.isInput = true
        field.list = list
        field.placeholder = placeholder
        field.lang = lang
        field.inputMode = inputMode
        field.autocomplete = autocomplete
        return field
    }

    /// A date typed as text, with the placeholder showing how.
    func date(
        _ name: String, _ value: String, entry: DateEntry, required: Bool = false, hint: String? = nil
    ) -> FormField {
        switch entry {
        case .partial:
            text(name, value, required: required, hint: hint, placeholder: text("date_placeholder"))
        case .day:
            text(
                name, value, required: required, hint: hint, placeholder: text("exchange_date_placeholder"),
                inputMode: "numeric")
        }
    }

    /// A new password: never sent back into the page.
    func password(_ name: String, label: String? = nil, hint: String? = nil) -> FormField {
        var field = text(name, "", label: label, required: true, hint: hint, autocomplete: "new-password")
        field.type = "password"
        return field
    }

    /// A select; the chosen option is the one marked `selected`.
    func select(_ name: String, _ options: [SelectOption], hint: String? = nil) -> FormField {
        var field = field(name, options.first { $0.selected }?.value ?? "", hint: hint)
        field.isSelect = true
        field.options = options
        return field
    }

    /// A group of checkboxes under one name, in a fieldset whose legend is the label.
    func checkboxes(_ name: String, _ options: [SelectOption], hint: String? = nil) -> FormField {
        var field = field(name, "", hint: hint)
        field.isCheckboxes = true
        field.options = options
        field.wide = true
        return field
    }

    /// A few lines of text, across the form.
    func textarea(_ name: String, _ value: String, hint: String? = nil) -> FormField {
        var field = field(name, value, hint: hint)
        field.isTextarea = true
        field.wide = true
        return field
    }

    private func field(
        _ name: String, _ value: String, label: String? = nil, required: Bool = false, hint: String?
    ) -> FormField {
        FormField(
            name: name, id: idPrefix + name, label: label ?? text(labelPrefix + name), value: value,
            error: errors?.message(for: name)?.text(language), required: required, hint: hint)
    }
}
