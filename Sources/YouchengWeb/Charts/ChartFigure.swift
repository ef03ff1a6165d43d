/// One chart of the charts page: a `<figure>` with its caption, the SVG, and the same numbers as a table.
struct ChartFigure: Sendable {
    /// A row of the figure's table: a label (linked when it names a page) and its numbers.
    struct Row: Sendable {
        let label: String
        let href: String?
        let cells: [String]
    }

    /// The element id (`chart-by-year`); the SVG's ids derive from it.
    let id: String
    let caption: String
    /// A sentence under the caption (what is not shown, how things are counted), if any.
    let note: String?
    /// The SVG markup, written by a chart writer that escapes every text; nil for a table-only figure.
    let svg: String?
    /// The table's column headings, the row-label column first.
    let head: [String]
    let rows: [Row]
    /// Whether the table is too wide to sit beside the drawing (one column per series): it goes below instead.
    var wide = false

    /// A figure whose rows are `labels` with one count each (`hrefs`, when given, link the labels).
    static func counts(
        id: String, caption: String, note: String? = nil, svg: String?, head: [String], labels: [String],
        values: [Int], hrefs: [String?]? = nil
    ) -> ChartFigure {
        ChartFigure(
            id: id, caption: caption, note: note, svg: svg, head: head,
            rows: labels.indices.map { Row(label: labels[$0], href: hrefs?[$0], cells: [String(values[$0])]) })
    }
}

/// A group of figures under one heading, or the sentence that replaces them when there is nothing to draw.
struct ChartSection: Sendable {
    /// A link offered when the section is empty (import, record an exchange).
    struct Action: Sendable {
        let label: String
        let href: String
    }

    let id: String
    let heading: String
    let figures: [ChartFigure]
    /// Said instead of the figures when there is no data.
    let empty: String?
    let actions: [Action]
}
