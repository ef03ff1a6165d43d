/// A rectangle in chart coordinates (origin top left, y down, as in SVG).
public struct ChartRect: Sendable, Equatable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double

    /// Creates a rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// A point in chart coordinates.
public struct ChartPoint: Sendable, Equatable {
    /// Across.
    public var x: Double
    /// Down.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// Where bars go: the plot is cut into one band per value, each bar the band less `gap` and centred in it.
public struct BandLayout: Sendable, Equatable {
    /// The number of bands.
    public var count: Int
    /// The plot's extent along the bands.
    public var extent: Double
    /// The space between neighbouring bars.
    public var gap: Double

    /// Creates a layout of `count` bands over `extent`.
    public init(count: Int, extent: Double, gap: Double) {
        self.count = count
        self.extent = extent
        self.gap = gap
    }

    /// The width of one band.
    public var band: Double { count > 0 ? extent / Double(count) : extent }
    /// The width of one bar (never below 1).
    public var barWidth: Double { max(1, band - gap) }
    /// Where bar `index` starts.
    public func start(_ index: Int) -> Double { Double(index) * band + (band - barWidth) / 2 }
    /// The middle of band `index`.
    public func center(_ index: Int) -> Double { (Double(index) + 0.5) * band }

    /// Vertical columns for `values` on a plot `height` tall whose axis top is `top`, standing on the bottom edge.
    public func columns(_ values: [Int], top: Int, height: Double) -> [ChartRect] {
        values.enumerated().map { index, value in
            let length = ChartScale.length(value, top: top, length: height)
            return ChartRect(x: start(index), y: height - length, width: barWidth, height: length)
        }
    }

    /// Horizontal bars for `values` on a plot `width` wide whose axis top is `top`, starting at the left edge.
    public func bars(_ values: [Int], top: Int, width: Double) -> [ChartRect] {
        values.enumerated().map { index, value in
            ChartRect(x: 0, y: start(index), width: ChartScale.length(value, top: top, length: width), height: barWidth)
        }
    }

    /// The points of a line through `values` at the middle of each band, on a plot `height` tall with top `top`.
    public func points(_ values: [Int], top: Int, height: Double) -> [ChartPoint] {
        values.enumerated().map { index, value in
            ChartPoint(x: center(index), y: height - ChartScale.length(value, top: top, length: height))
        }
    }

    /// Stacked columns: `series[s][i]` is series `s` in band `i`; each band's segments start from the bottom in
    /// series order. The result is indexed like `series`. Zero values give zero-height segments.
    public func stacked(_ series: [[Int]], top: Int, height: Double) -> [[ChartRect]] {
        var base = Array(repeating: 0, count: count)
        return series.map { values in
            (0..<count).map { index in
                let value = index < values.count ? values[index] : 0
                let bottom = height - ChartScale.length(base[index], top: top, length: height)
                let length = ChartScale.length(value, top: top, length: height)
                base[index] += value
                return ChartRect(x: start(index), y: bottom - length, width: barWidth, height: length)
            }
        }
    }
}
