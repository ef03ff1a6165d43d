import YouchengCore

/// A sortable column's header on the suggestions page: its label, the link that sorts by it (or reverses the
/// order), and its `aria-sort` state.
struct SortHeader: Sendable {
    let key: String
    let label: String
    let href: String
    let ariaSort: String
    let indicator: String

    /// The header of `column` for `query`; a click on the current column reverses it, on another sorts it in its
    /// natural direction (score and population descending, name ascending).
    init(_ column: SuggestionSort, label: String, query: SuggestionQuery, link: (SuggestionQuery) -> String) {
        let current = query.sort == column
        var target = query
        target.sort = column
        target.descending = current ? !query.descending : column != .name
        target.page = 1
        key = column.rawValue
        self.label = label
        href = link(target)
        ariaSort = current ? (query.descending ? "descending" : "ascending") : "none"
        indicator = current ? (query.descending ? " ▼" : " ▲") : ""
    }
}
