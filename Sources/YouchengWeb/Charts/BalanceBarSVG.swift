import YouchengCore

/// One bar split in two: the soft domains' share against the hard ones', each part labelled with its percentage.
struct BalanceBarSVG: Sendable {
    let id: String
    let title: String
    let description: String
    /// The two parts: label and count (soft first).
    let parts: [(label: String, count: Int)]

    static let width = 640
    static let height = 70
    private static let fills = [SVGMarkup.palette[0], SVGMarkup.palette[1]]
    private static let inks = ["#ffffff", "#000000"]

    /// The SVG markup.
    func render() -> String {
        let shares = ChartScale.percentShares(parts.map(\.count))
        let total = parts.reduce(0) { $0 + $1.count }
        let plotWidth = Double(Self.width) - 2
        var x = 1.0
        var body = ""
        for (index, part) in parts.enumerated() {
            let width = ChartScale.length(part.count, top: total, length: plotWidth)
            let rect = ChartRect(x: x, y: 8, width: width, height: 30)
            body += SVGMarkup.rect(
                rect, fill: Self.fills[index % 2], tooltip: "\(part.label): \(part.count) (\(shares[index])%)",
                extra: " class=\"chart-part\"")
            let anchor = index == 0 ? "start" : "end"
            let labelX = index == 0 ? 4.0 : plotWidth - 3
            if width >= 40 {
                body += SVGMarkup.text(
                    "\(shares[index])%", x: index == 0 ? x + 6 : x + width - 6, y: 28,
                    anchor: anchor, fill: Self.inks[index % 2], extra: " font-size=\"13\" font-weight=\"bold\"")
            }
            body += SVGMarkup.text("\(part.label) \(part.count) · \(shares[index])%", x: labelX, y: 56, anchor: anchor)
            x += width
        }
        return SVGMarkup.frame(
            id: id, width: Self.width, height: Self.height, title: title, description: description, body: body)
    }
}
