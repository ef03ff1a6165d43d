import YouchengCore

/// A value shown in words with the code it stands for; templates put the code in a `data-` attribute for styles,
/// scripts and tests (`<td data-kind="{{kind.code}}">{{kind.label}}</td>`). A class, like `PartnershipCells`, so
/// that a template passes it on without copying.
final class CodedLabel: Sendable {
    let code: String
    let label: String

    init(code: String, label: String) {
        self.code = code
        self.label = label
    }

    /// A value of a closed vocabulary: its code, and its label as `display` reads it.
    convenience init(_ value: some Vocabulary, _ display: Display) {
        self.init(code: value.rawValue, label: display.text(value.label))
    }
}

/// Words that link to a page (`<a href="{{home.href}}">{{home.label}}</a>`). A class, like `PartnershipCells`.
final class LinkedLabel: Sendable {
    let label: String
    let href: String

    init(label: String, href: String) {
        self.label = label
        self.href = href
    }
}

/// Whether a unit or user is active, in words; `active-state.mustache` draws it as a table cell.
struct ActiveState: Sendable {
    let active: Bool
    let label: String

    init(_ active: Bool, catalog: LabelCatalog, language: Language) {
        self.active = active
        label = catalog.text(active ? "state_active" : "state_inactive", language)
    }
}

/// A labelled count: a line of a count table (`{{label}} {{count}}`).
struct CountLine: Sendable {
    let label: String
    let count: Int
}
