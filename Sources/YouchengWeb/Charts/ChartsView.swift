import YouchengCore

/// The charts page's view model: the scope form and three sections of figures (partnerships, exchanges, partners).
struct ChartsView: Sendable {
    /// What the page draws, gathered by `ChartsPage`.
    struct Input: Sendable {
        let summary: SituationSummary
        /// The partnerships the summary counts (not ended, under the home, established by the day or undated).
        let records: [PartnershipRecord]
        let registryEmpty: Bool
        let exchanges: ExchangeChartData
        let ranking: PartnerActivityRanking
    }

    let title: String
    let action = ChartRoute.charts.link()
    let home: String
    let from: String
    let to: String
    let sections: [ChartSection]

    init(input: Input, home: String, from: Day, to: Day, display: Display, catalog: LabelCatalog) {
        let labels = ChartLabels(display: display, catalog: catalog)
        title = labels["charts_title"]
        self.home = home
        self.from = from.description
        self.to = to.description
        sections = [
            Self.partnerships(input, labels), Self.exchanges(input.exchanges, labels),
            Self.partners(input.ranking, hasPartners: !input.records.isEmpty, labels),
        ]
    }

    private static func partnerships(_ input: Input, _ labels: ChartLabels) -> ChartSection {
        let summary = input.summary
        guard summary.partnerships > 0 else {
            let actions =
                input.registryEmpty
                ? [
                    ChartSection.Action(label: labels["empty_import"], href: ImportRoute.importForm.link()),
                    ChartSection.Action(label: labels["empty_new"], href: RegistryRoute.newPartnership.link()),
                ] : []
            return ChartSection(
                id: "charts-partnerships", heading: labels["charts_partnerships"], figures: [],
                empty: labels[input.registryEmpty ? "chart_empty_registry" : "chart_empty_scope"], actions: actions)
        }
        let display = labels.display
        let continents = Continent.allCases.map { (display.continent($0), summary.byContinent[$0]?.partnerships ?? 0) }
        let groups = summary.groups.compactMap { code, spread in
            display.reference.countries.group(code).map { (display.group($0), spread.partnerships) }
        }
        let kinds = PartnershipKind.allCases.map { (display.kind($0), summary.byKind[$0] ?? 0) }
        let levels = [LocalityLevel.province, .city, .district].map { (display.level($0), summary.byLevel[$0] ?? 0) }
        let countries = summary.topCountries.map { (display.country($0.country), $0.partnerships) }
        return ChartSection(
            id: "charts-partnerships", heading: labels["charts_partnerships"],
            figures: [
                byYear(input.records, labels),
                labels.bars("chart-continent", "chart_by_continent", column: "column_continent", continents),
                labels.bars("chart-group", "chart_by_group", column: "column_group", groups),
                labels.bars("chart-kind", "chart_by_kind", column: "chart_kind", kinds),
                labels.bars("chart-level", "chart_by_level", column: "chart_level", levels),
                labels.bars("chart-countries", "chart_top_countries", column: "column_country", countries),
            ], empty: nil, actions: [])
    }

    private static func byYear(_ records: [PartnershipRecord], _ labels: ChartLabels) -> ChartFigure {
        let counts = YearCounts(records.map { $0.partnership.established?.year })
        let cumulative = ChartScale.cumulative(counts.counts)
        let years = counts.years.map(String.init)
        let caption = labels["chart_by_year"]
        let svg =
            counts.years.isEmpty
            ? nil
            : ColumnChartSVG(
                id: "chart-by-year", title: caption, description: labels["chart_desc"], labels: years,
                values: counts.counts,
                line: (cumulative, labels["chart_cumulative"], labels["chart_established"])
            ).render()
        return ChartFigure(
            id: "chart-by-year", caption: caption,
            note: counts.undated > 0 ? labels.text("chart_undated", ["count": String(counts.undated)]) : nil,
            svg: svg, head: [labels["chart_year"], labels["chart_established"], labels["chart_cumulative"]],
            rows: years.indices.map {
                ChartFigure.Row(
                    label: years[$0], href: nil, cells: [String(counts.counts[$0]), String(cumulative[$0])])
            })
    }
}

/// Labels of the charts page in its language, and the figure of a bar chart with its table.
struct ChartLabels: Sendable {
    let display: Display
    let catalog: LabelCatalog

    /// The label `key`.
    subscript(_ key: String) -> String { catalog.text(key, display.language) }

    /// The label `key` with `arguments` filled in.
    func text(_ key: String, _ arguments: [String: String]) -> String {
        catalog.text(key, display.language, arguments)
    }

    /// A horizontal bar chart of labelled counts, with the table of the same counts (`hrefs` link its labels);
    /// when every count is 0 there is nothing to draw, and `allZeroNote` (if any) says so above the table.
    func bars(
        _ id: String, _ captionKey: String, column: String, _ items: [(String, Int)], hrefs: [String?]? = nil,
        countColumn: String = "figure_partnerships", allZeroNote: String? = nil
    ) -> ChartFigure {
        let caption = self[captionKey]
        let drawn = items.contains { $0.1 > 0 }
        let svg = BarChartSVG(
            id: id, title: caption, description: self["chart_desc"], labels: items.map(\.0), values: items.map(\.1))
        return ChartFigure.counts(
            id: id, caption: caption, note: drawn ? nil : allZeroNote, svg: drawn ? svg.render() : nil,
            head: [self[column], self[countColumn]], labels: items.map(\.0), values: items.map(\.1), hrefs: hrefs)
    }
}
