import YouchengCore

extension ChartsView {
    static func exchanges(_ data: ExchangeChartData, _ labels: ChartLabels) -> ChartSection {
        let total = data.byKind.reduce(0) { $0 + $1.total }
        guard total > 0 else {
            return ChartSection(
                id: "charts-exchanges", heading: labels["charts_exchanges"], figures: [],
                empty: labels["chart_empty_exchanges"],
                actions: [
                    ChartSection.Action(label: labels["chart_record_exchange"], href: ExchangeRoute.exchanges.link())
                ])
        }
        let display = labels.display
        let kinds = data.byKind.map { series in
            StackedChartSVG.Series(
                label: ExchangeKind(rawValue: series.code).map { display.text($0.label) } ?? series.code,
                values: series.values)
        }
        let domains = data.byDomain.map {
            StackedChartSVG.Series(label: display.domain($0.code, in: data.domains), values: $0.values)
        }
        return ChartSection(
            id: "charts-exchanges", heading: labels["charts_exchanges"],
            figures: [
                stacked("chart-exchange-kinds", "chart_exchanges_by_kind", years: data.years, kinds, labels),
                stacked(
                    "chart-exchange-domains", "chart_exchanges_by_domain", years: data.years, domains, labels,
                    note: labels["chart_domain_note"]),
                balance(data, labels),
            ], empty: nil, actions: [])
    }

    private static func stacked(
        _ id: String, _ captionKey: String, years: [Int], _ series: [StackedChartSVG.Series], _ labels: ChartLabels,
        note: String? = nil
    ) -> ChartFigure {
        let caption = labels[captionKey]
        let drawn = series.count <= StackedChartSVG.maxSeries
        let svg = StackedChartSVG(
            id: id, title: caption, description: labels["chart_desc"], labels: years.map(String.init), series: series)
        let notes = [note, drawn ? nil : labels["chart_table_only"]].compactMap { $0 }
        return ChartFigure(
            id: id, caption: caption, note: notes.isEmpty ? nil : notes.joined(separator: " "),
            svg: drawn ? svg.render() : nil,
            head: [labels["chart_year"]] + series.map(\.label) + [labels["chart_total"]],
            rows: years.indices.map { index in
                let values = series.map { $0.values[index] }
                return ChartFigure.Row(
                    label: String(years[index]), href: nil,
                    cells: values.map(String.init) + [String(values.reduce(0, +))])
            }, wide: true)
    }

    private static func balance(_ data: ExchangeChartData, _ labels: ChartLabels) -> ChartFigure {
        let caption = labels["chart_balance"]
        let domains = { (side: ExchangeDomain.Balance) in
            data.domains.filter { $0.balance == side }.map { labels.display.text($0.label) }
                .joined(separator: labels.display.language == .zh ? "、" : ", ")
        }
        let note = labels.text(
            "chart_balance_note", ["soft": domains(.soft), "hard": domains(.hard), "neither": String(data.neither)])
        let parts: [(label: String, count: Int)] = [
            (labels["chart_soft"], data.soft), (labels["chart_hard"], data.hard),
        ]
        let shares = ChartScale.percentShares(parts.map(\.count))
        let svg = BalanceBarSVG(id: "chart-balance", title: caption, description: note, parts: parts)
        return ChartFigure(
            id: "chart-balance", caption: caption, note: note, svg: data.soft + data.hard > 0 ? svg.render() : nil,
            head: [labels["chart_side"], labels["chart_exchanges"], labels["chart_share"]],
            rows: parts.indices.map {
                ChartFigure.Row(label: parts[$0].0, href: nil, cells: [String(parts[$0].1), "\(shares[$0])%"])
            })
    }

    static func partners(_ ranking: PartnerActivityRanking, hasPartners: Bool, _ labels: ChartLabels) -> ChartSection {
        guard hasPartners else {
            return ChartSection(
                id: "charts-partners", heading: labels["charts_partners"], figures: [],
                empty: labels["chart_empty_partners"], actions: [])
        }
        func figure(_ id: String, _ key: String, _ entries: [PartnerActivityRanking.Entry]) -> ChartFigure {
            labels.bars(
                id, key, column: "chart_partner",
                entries.map { (labels.display.partner($0.partner), $0.exchanges) },
                hrefs: entries.map { RegistryRoute.partner(id: $0.partner.id).link() }, countColumn: "chart_exchanges",
                allZeroNote: labels["chart_all_none"])
        }
        var figures = [figure("chart-least-active", "chart_least_active", ranking.least)]
        if !ranking.most.isEmpty {
            figures.insert(figure("chart-most-active", "chart_most_active", ranking.most), at: 0)
        }
        return ChartSection(
            id: "charts-partners", heading: labels["charts_partners"], figures: figures, empty: nil, actions: [])
    }
}
