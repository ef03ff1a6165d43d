import Foundation

/// The Equal Earth projection (Šavrič, Patterson & Jenny, "The Equal Earth map projection", International Journal
/// of Geographical Information Science, 2018), on a sphere of radius 1: an equal-area pseudocylindrical projection
/// for world maps. x grows east, y grows north; (0°, 0°) maps to (0, 0).
public enum EqualEarth {
    static let a1 = 1.340264
    static let a2 = -0.081106
    static let a3 = 0.000893
    static let a4 = 0.003796
    static let m = 3.0.squareRoot() / 2

    /// The planar point of `point` (degrees in, unit-sphere coordinates out).
    public static func project(_ point: GeoPoint) -> PlanePoint {
        let lambda = point.lon * .pi / 180
        let phi = point.lat * .pi / 180
        let theta = asin(m * sin(phi))
        let t2 = theta * theta
        let t6 = t2 * t2 * t2
        let x = 2 * 3.0.squareRoot() * lambda * cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
        let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
        return PlanePoint(x: x, y: y)
    }

    /// Half the map's width: the x of (180°, 0°).
    public static var maxX: Double { project(GeoPoint(lat: 0, lon: 180)).x }
    /// Half the map's height: the y of (0°, 90°).
    public static var maxY: Double { project(GeoPoint(lat: 90, lon: 0)).y }
}

/// A point on a map's plane.
public struct PlanePoint: Sendable, Hashable {
    /// Horizontal coordinate.
    public var x: Double
    /// Vertical coordinate.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
