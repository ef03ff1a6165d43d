import YouchengCore

/// A horizontal bar chart: one labelled bar per row, the count written at its end.
struct BarChartSVG: Sendable {
    let id: String
    let title: String
    let description: String
    let labels: [String]
    let values: [Int]

    static let width = 640
    private static let left = 230.0, right = 40.0, top = 8.0, bottom = 22.0, rowHeight = 22.0

    /// The height for `rows` bars.
    static func height(rows: Int) -> Int { Int(top + bottom + rowHeight * Double(max(rows, 1))) }

    /// The SVG markup.
    func render() -> String {
        let height = Self.height(rows: values.count)
        let plotWidth = Double(Self.width) - Self.left - Self.right
        let plotHeight = Double(height) - Self.top - Self.bottom
        let ticks = ChartScale.ticks(max: values.max() ?? 0)
        let top = ticks.last ?? 1
        let layout = BandLayout(count: values.count, extent: plotHeight, gap: 6)
        var body = "<g transform=\"translate(\(SVGMarkup.number(Self.left)),\(SVGMarkup.number(Self.top)))\">"
        for tick in ticks {
            let x = ChartScale.length(tick, top: top, length: plotWidth)
            body += SVGMarkup.line(x, 0, x, plotHeight, stroke: SVGMarkup.grid)
            body += SVGMarkup.text(String(tick), x: x, y: plotHeight + 14, anchor: "middle")
        }
        for (index, rect) in layout.bars(values, top: top, width: plotWidth).enumerated() {
            let middle = layout.center(index) + 4
            body += SVGMarkup.text(SVGMarkup.shortened(labels[index], 36), x: -8, y: middle, anchor: "end")
            body += SVGMarkup.rect(
                rect, fill: SVGMarkup.barFill, tooltip: "\(labels[index]): \(values[index])",
                extra: " class=\"chart-bar\"")
            body += SVGMarkup.text(String(values[index]), x: rect.width + 4, y: middle, fill: "#000000")
        }
        body += SVGMarkup.line(0, 0, 0, plotHeight)
        body += "</g>"
        return SVGMarkup.frame(
            id: id, width: Self.width, height: height, title: title, description: description, body: body)
    }
}
