import Testing

@testable import YouchengWeb

/// The SVG writers: accessible frame, escaped text, and sizes worked out by hand.
@Suite struct ChartSVGTests {
    @Test func textIsEscaped() {
        #expect(SVGMarkup.escape("a<b & \"c\" 'd'") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;")
        let svg = BarChartSVG(
            id: "x", title: "T<1>", description: "D&D", labels: ["<script>alert(1)</script>"], values: [3]
        ).render()
        #expect(!svg.contains("<script>") && svg.contains("&lt;script&gt;"))
        #expect(svg.contains("<title id=\"x-title\">T&lt;1&gt;</title><desc id=\"x-desc\">D&amp;D</desc>"))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"x-title x-desc\""))
        #expect(!svg.contains("style="))
    }

    @Test func aQuoteBeforeACombiningMarkIsEscapedInLabelsAndTooltips() {
        let svg = BarChartSVG(
            id: "x", title: "t\"\u{301}", description: "d", labels: ["a\"\u{301} onload=alert(1) x=\""], values: [3]
        ).render()

        // Searched in the UTF-8: a raw quote followed by U+0301 (CC 81) must not occur.
        let bytes = Array(svg.utf8)
        #expect(!zip(bytes, zip(bytes.dropFirst(), bytes.dropFirst(2))).contains { $0 == 0x22 && $1 == (0xCC, 0x81) })
        #expect(svg.unicodeScalars.map(\.value).contains(Array("&quot;\u{301} onload".unicodeScalars.map(\.value))))
    }

    @Test func columnsShareThePlotWidth() {
        // 640 wide less 40 left and 44 right: 556 for 2 bands of 278; a gap of 6 leaves columns 272 wide.
        let svg = ColumnChartSVG(id: "c", title: "t", description: "d", labels: ["2024", "2025"], values: [1, 2])
            .render()
        #expect(svg.components(separatedBy: "width=\"272\"").count - 1 == 2)
    }

    @Test func theBalanceBarLabelsBothShares() {
        let svg = BalanceBarSVG(
            id: "b", title: "t", description: "d", parts: [(label: "Soft", count: 1), (label: "Hard", count: 2)]
        ).render()
        #expect(svg.contains("Soft 1 · 33%") && svg.contains("Hard 2 · 67%"))
    }
}
