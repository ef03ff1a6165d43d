import YouchengCore

/// The unit scorecard's cells as text, shared by the page and the spreadsheet: counts as numbers, rates as
/// `3/4（75%）`, and "not available" for projects and prospects not recorded.
struct ScorecardCells: Sendable {
    let language: Language
    let catalog: LabelCatalog

    /// The header of each column, in order.
    var header: [String] {
        ScorecardColumn.allCases.map { catalog.text("scorecard_\($0.rawValue)", language) }
    }

    /// The cells of `row`, in column order.
    func cells(_ row: Scorecard.Row, unit: String) -> [String] {
        let none = catalog.text("responsiveness_no_rate", language)
        let unavailable = catalog.text("indicators_not_available", language)
        func rate(_ part: Int, _ whole: Int) -> String {
            Responsiveness.text(
                part, of: whole, percent: NoticeAnswerRate(unitId: 0, addressed: whole, onTime: part).percent, language,
                catalog)
        }
        return [
            unit, String(row.exchanges), String(row.tasksLed),
            row.tasksLed == 0 ? none : rate(row.tasksOnTime, row.tasksLed),
            row.reports.map { rate($0.reported, $0.required) } ?? none,
            row.answers.map { rate($0.onTime, $0.addressed) } ?? none,
            row.projectsSigned.map(String.init) ?? unavailable, row.projectsLanded.map(String.init) ?? unavailable,
            row.prospectsAdvanced.map(String.init) ?? unavailable,
        ]
    }
}

/// The scorecard page's view model: the year's form, sortable column headers and one row a unit.
struct ScorecardView: Sendable {
    struct Header: Sendable {
        let label: String
        let href: String
        /// `ascending`, `descending` or `none`, for `aria-sort`.
        let sort: String
        let number: Bool
    }

    struct Row: Sendable {
        let unitId: Int64
        let cells: [Cell]
    }

    struct Cell: Sendable {
        let value: String
        let number: Bool
    }

    let title: String
    let action: String
    let year: String
    let sort: String
    let direction: String
    let headers: [Header]
    let rows: [Row]
    let emptyText: String?
    let rule: String
    let exportHref: String
    let indicatorsHref: String

    init(
        _ card: Scorecard, sort: ScorecardColumn, descending: Bool, names: [Int64: String], language: Language,
        catalog: LabelCatalog
    ) {
        title = catalog.text("scorecard_title", language, ["year": String(card.year)])
        action = IndicatorRoute.scorecard.link()
        year = String(card.year)
        self.sort = sort.rawValue
        direction = descending ? "desc" : "asc"
        let cells = ScorecardCells(language: language, catalog: catalog)
        let labels = cells.header
        headers = ScorecardColumn.allCases.enumerated().map { index, column in
            let current = column == sort
            let nextDescending = current ? !descending : column != .unit
            return Header(
                label: labels[index],
                href: IndicatorRoute.scorecard.link([
                    ("year", String(card.year)), ("sort", column.rawValue), ("dir", nextDescending ? "desc" : "asc"),
                ]),
                sort: current ? (descending ? "descending" : "ascending") : "none", number: column != .unit)
        }
        rows = card.sorted(by: sort, descending: descending, names: names).map { row in
            Row(
                unitId: row.unitId,
                cells: cells.cells(row, unit: names[row.unitId] ?? "#\(row.unitId)").enumerated().map {
                    Cell(value: $0.element, number: $0.offset > 0)
                })
        }
        emptyText = rows.isEmpty ? catalog.text("scorecard_empty", language) : nil
        rule = catalog.text("scorecard_rule", language)
        exportHref = IndicatorRoute.scorecardExport.link([
            ("year", String(card.year)), ("sort", sort.rawValue), ("dir", descending ? "desc" : "asc"),
        ])
        indicatorsHref = IndicatorRoute.indicators.link([("year", String(card.year))])
    }
}
