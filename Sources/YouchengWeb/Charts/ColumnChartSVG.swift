import YouchengCore

/// A vertical column chart of counts per band (years), optionally with a second series drawn as a line on its own
/// scale at the right (a cumulative total).
struct ColumnChartSVG: Sendable {
    /// The id the figure uses; the SVG's title and description ids derive from it.
    let id: String
    let title: String
    let description: String
    /// One label per column.
    let labels: [String]
    let values: [Int]
    /// The line's values (one per column) and its legend, if any.
    var line: (values: [Int], label: String, columnsLabel: String)?

    static let width = 640
    static let height = 260
    private static let left = 40.0, right = 44.0, top = 24.0, bottom = 28.0

    /// The SVG markup.
    func render() -> String {
        let plotWidth = Double(Self.width) - Self.left - Self.right
        let plotHeight = Double(Self.height) - Self.top - Self.bottom
        let ticks = ChartScale.ticks(max: values.max() ?? 0)
        let top = ticks.last ?? 1
        let layout = BandLayout(count: values.count, extent: plotWidth, gap: values.count > 30 ? 2 : 6)
        var body = "<g transform=\"translate(\(SVGMarkup.number(Self.left)),\(SVGMarkup.number(Self.top)))\">"
        for tick in ticks {
            let y = plotHeight - ChartScale.length(tick, top: top, length: plotHeight)
            body += SVGMarkup.line(0, y, plotWidth, y, stroke: SVGMarkup.grid)
            body += SVGMarkup.text(String(tick), x: -6, y: y + 4, anchor: "end")
        }
        for (index, rect) in layout.columns(values, top: top, height: plotHeight).enumerated() {
            body += SVGMarkup.rect(
                rect, fill: SVGMarkup.barFill, tooltip: "\(labels[index]): \(values[index])",
                extra: " class=\"chart-bar\"")
        }
        let every = ChartScale.labelEvery(count: labels.count, maxLabels: 12)
        for (index, label) in labels.enumerated() where index % every == 0 {
            body += SVGMarkup.text(label, x: layout.center(index), y: plotHeight + 16, anchor: "middle")
        }
        body += SVGMarkup.line(0, plotHeight, plotWidth, plotHeight)
        if let line { body += lineMarkup(line, layout: layout, plotWidth: plotWidth, plotHeight: plotHeight) }
        body += "</g>"
        return SVGMarkup.frame(
            id: id, width: Self.width, height: Self.height, title: title, description: description, body: body)
    }

    private func lineMarkup(
        _ line: (values: [Int], label: String, columnsLabel: String), layout: BandLayout, plotWidth: Double,
        plotHeight: Double
    ) -> String {
        let ticks = ChartScale.ticks(max: line.values.max() ?? 0)
        let top = ticks.last ?? 1
        var markup = ""
        for tick in ticks {
            let y = plotHeight - ChartScale.length(tick, top: top, length: plotHeight)
            markup += SVGMarkup.text(String(tick), x: plotWidth + 6, y: y + 4, fill: SVGMarkup.lineStroke)
        }
        let points = layout.points(line.values, top: top, height: plotHeight)
            .map { "\(SVGMarkup.number($0.x)),\(SVGMarkup.number($0.y))" }.joined(separator: " ")
        markup +=
            "<polyline class=\"chart-line\" points=\"\(points)\" fill=\"none\" stroke=\"\(SVGMarkup.lineStroke)\" "
            + "stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
        // The legend, above the plot: a swatch for the columns, a dashed stroke for the line.
        markup += SVGMarkup.rect(
            ChartRect(x: 0, y: -18, width: 10, height: 10), fill: SVGMarkup.barFill, tooltip: line.columnsLabel)
        markup += SVGMarkup.text(line.columnsLabel, x: 14, y: -9)
        markup += SVGMarkup.line(
            plotWidth / 2, -13, plotWidth / 2 + 18, -13, stroke: SVGMarkup.lineStroke,
            extra: " stroke-width=\"2\" stroke-dasharray=\"5 3\"")
        markup += SVGMarkup.text(line.label, x: plotWidth / 2 + 22, y: -9)
        return markup
    }
}
