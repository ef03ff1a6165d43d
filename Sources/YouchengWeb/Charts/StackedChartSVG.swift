import YouchengCore

/// A stacked column chart: per band (year), one segment per series, the series named in a legend below the plot.
struct StackedChartSVG: Sendable {
    /// A series with its name; its colour is its place in the palette.
    struct Series: Sendable {
        let label: String
        let values: [Int]
    }

    let id: String
    let title: String
    let description: String
    /// One label per band.
    let labels: [String]
    let series: [Series]

    static let width = 640
    private static let left = 40.0, right = 16.0, top = 10.0, plotHeight = 200.0, legendRow = 18.0
    private static let legendColumns = 3

    /// The most series the palette can tell apart; a chart with more is shown as a table only.
    static var maxSeries: Int { SVGMarkup.palette.count }

    /// The SVG markup.
    func render() -> String {
        let legendRows = (series.count + Self.legendColumns - 1) / Self.legendColumns
        let height = Int(Self.top + Self.plotHeight + 30 + Self.legendRow * Double(legendRows))
        let plotWidth = Double(Self.width) - Self.left - Self.right
        let totals = labels.indices.map { index in
            series.reduce(0) { $0 + (index < $1.values.count ? $1.values[index] : 0) }
        }
        let ticks = ChartScale.ticks(max: totals.max() ?? 0)
        let top = ticks.last ?? 1
        let layout = BandLayout(count: labels.count, extent: plotWidth, gap: labels.count > 20 ? 3 : 10)
        var body = "<g transform=\"translate(\(SVGMarkup.number(Self.left)),\(SVGMarkup.number(Self.top)))\">"
        for tick in ticks {
            let y = Self.plotHeight - ChartScale.length(tick, top: top, length: Self.plotHeight)
            body += SVGMarkup.line(0, y, plotWidth, y, stroke: SVGMarkup.grid)
            body += SVGMarkup.text(String(tick), x: -6, y: y + 4, anchor: "end")
        }
        let segments = layout.stacked(series.map(\.values), top: top, height: Self.plotHeight)
        for (seriesIndex, rects) in segments.enumerated() {
            let fill = SVGMarkup.palette[seriesIndex % SVGMarkup.palette.count]
            for (index, rect) in rects.enumerated() where rect.height > 0 {
                body += SVGMarkup.rect(
                    rect, fill: fill,
                    tooltip: "\(labels[index]) · \(series[seriesIndex].label): \(series[seriesIndex].values[index])",
                    extra: " class=\"chart-segment\" stroke=\"#ffffff\" stroke-width=\"0.5\"")
            }
        }
        let every = ChartScale.labelEvery(count: labels.count, maxLabels: 12)
        for (index, label) in labels.enumerated() where index % every == 0 {
            body += SVGMarkup.text(label, x: layout.center(index), y: Self.plotHeight + 16, anchor: "middle")
        }
        body += SVGMarkup.line(0, Self.plotHeight, plotWidth, Self.plotHeight)
        body += legend(width: Double(Self.width) - Self.left, y: Self.plotHeight + 30)
        body += "</g>"
        return SVGMarkup.frame(
            id: id, width: Self.width, height: height, title: title, description: description, body: body)
    }

    private func legend(width: Double, y: Double) -> String {
        let column = width / Double(Self.legendColumns)
        return series.enumerated().map { index, item in
            let x = Double(index % Self.legendColumns) * column
            let rowY = y + Double(index / Self.legendColumns) * Self.legendRow
            return "<g class=\"chart-legend-item\">"
                + SVGMarkup.rect(
                    ChartRect(x: x, y: rowY - 9, width: 10, height: 10),
                    fill: SVGMarkup.palette[index % SVGMarkup.palette.count], tooltip: item.label,
                    extra: " stroke=\"#555555\" stroke-width=\"0.5\"")
                + SVGMarkup.text(SVGMarkup.shortened(item.label, 30), x: x + 14, y: rowY) + "</g>"
        }.joined()
    }
}
