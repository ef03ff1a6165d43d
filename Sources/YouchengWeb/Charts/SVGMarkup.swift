import Foundation
import YouchengCore

/// Pieces shared by the SVG chart writers: escaping, numbers, the palette and the accessible frame.
enum SVGMarkup {
    /// Fills that stay apart when printed in grey: neighbours alternate dark and light.
    static let palette = [
        "#1b365d", "#f0b94a", "#4f7f4f", "#c9dcef", "#8a3324", "#9a8fc7", "#222222", "#f4cccc", "#6aa6d6", "#7f6a3a",
    ]
    /// The colour of bars and columns of a single series.
    static let barFill = palette[0]
    /// The colour of a line drawn over columns.
    static let lineStroke = palette[4]
    /// The colour of axis lines and grid text.
    static let axis = "#555555"
    /// The colour of grid lines.
    static let grid = "#dddddd"

    /// `text` made safe for SVG/XML text and attribute values (per Unicode scalar, see `MarkupEscaping`).
    static func escape(_ text: String) -> String {
        MarkupEscaping.xml(text)
    }

    /// A coordinate with at most one decimal (`12`, `12.5`).
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// `text` cut to `limit` characters with an ellipsis (labels beside bars have a fixed width).
    static func shortened(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// The `<svg>` element around `body`: `role="img"`, labelled by its `<title>` and described by its `<desc>`.
    static func frame(id: String, width: Int, height: Int, title: String, description: String, body: String)
        -> String
    {
        "<svg class=\"chart-svg\" id=\"\(id)-svg\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
            + "viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"11\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
            + body + "</svg>"
    }

    /// A text element at (`x`, `y`).
    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", fill: String = axis, extra: String = ""
    ) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(extra)>"
            + escape(content) + "</text>"
    }

    /// A rectangle, with a tooltip title.
    static func rect(_ r: ChartRect, fill: String, tooltip: String, extra: String = "") -> String {
        "<rect x=\"\(number(r.x))\" y=\"\(number(r.y))\" width=\"\(number(r.width))\" height=\"\(number(r.height))\" "
            + "fill=\"\(fill)\"\(extra)><title>\(escape(tooltip))</title></rect>"
    }

    /// A straight line.
    static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = axis,
        extra: String = " stroke-width=\"1\""
    ) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" "
            + "stroke=\"\(stroke)\"\(extra)/>"
    }
}
