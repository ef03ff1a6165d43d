import Foundation

/// A drawing area for a map: projects degrees to SVG user units (y down, origin top left) and writes SVG path data.
public struct MapCanvas: Sendable {
    /// How degrees become plane coordinates.
    public enum Projection: Sendable, Hashable {
        /// Equal Earth, for the world.
        case equalEarth
        /// Plate carrée over a box (degrees), its width scaled by the cosine of the middle latitude, for one country.
        case equirectangular(west: Double, east: Double, south: Double, north: Double)
    }

    /// The projection.
    public let projection: Projection
    /// Width in SVG user units.
    public let width: Double
    /// Height in SVG user units.
    public let height: Double

    /// The whole world in Equal Earth, `width` units wide.
    public static func world(width: Double = 1000) -> MapCanvas {
        MapCanvas(projection: .equalEarth, width: width, height: width * EqualEarth.maxY / EqualEarth.maxX)
    }

    /// A box of longitudes and latitudes, `width` units wide, in proportion at its middle latitude.
    public static func box(west: Double, east: Double, south: Double, north: Double, width: Double) -> MapCanvas {
        let stretch = cos((south + north) / 2 * .pi / 180)
        let height = width * (north - south) / ((east - west) * stretch)
        return MapCanvas(
            projection: .equirectangular(west: west, east: east, south: south, north: north), width: width,
            height: height)
    }

    /// The SVG position of `point`.
    public func point(_ point: GeoPoint) -> PlanePoint {
        switch projection {
        case .equalEarth:
            let p = EqualEarth.project(point)
            let scale = width / (2 * EqualEarth.maxX)
            return PlanePoint(x: (p.x + EqualEarth.maxX) * scale, y: (EqualEarth.maxY - p.y) * scale)
        case .equirectangular(let west, let east, let south, let north):
            return PlanePoint(
                x: (point.lon - west) / (east - west) * width, y: (north - point.lat) / (north - south) * height)
        }
    }

    /// SVG path data for polygon rings (outer rings and holes alike; draw with `fill-rule: evenodd`): one `M … Z`
    /// per ring, coordinates to one decimal.
    public func path(_ rings: [[GeoPoint]]) -> String {
        var out = ""
        for ring in rings where ring.count >= 3 {
            for (n, vertex) in ring.enumerated() {
                let p = point(vertex)
                out += (n == 0 ? "M" : "L") + Self.number(p.x) + "," + Self.number(p.y)
            }
            out += "Z"
        }
        return out
    }

    /// `x` with one decimal.
    public static func number(_ x: Double) -> String { String(format: "%.1f", x) }

    /// `x` with four decimals (about 10 m of latitude), for showing coordinates.
    public static func number4(_ x: Double) -> String { String(format: "%.4f", x) }
}
