import Foundation

/// The coordinates of home localities, from the `lon` and `lat` columns of `china_divisions.csv` (most rows have
/// them; placeholder rows and development-zone statistical units mostly do not).
public struct LocalityPlaces: Sendable {
    /// Coordinates by 6-digit code.
    public let byCode: [String: GeoPoint]

    /// Reads the rows of `china_divisions.csv` (header first).
    public init(divisionsCSV rows: [[String]]) {
        guard let header = rows.first, let code = header.firstIndex(of: "code6"),
            let lon = header.firstIndex(of: "lon"),
            let lat = header.firstIndex(of: "lat")
        else {
            byCode = [:]
            return
        }
        var byCode: [String: GeoPoint] = [:]
        for row in rows.dropFirst() where row.count > max(code, lon, lat) {
            if let x = Double(row[lon]), let y = Double(row[lat]) { byCode[row[code]] = GeoPoint(lat: y, lon: x) }
        }
        self.byCode = byCode
    }

    /// Creates places from a table (tests).
    public init(byCode: [String: GeoPoint]) { self.byCode = byCode }

    /// The bundled file's coordinates, read once per process.
    public static let bundled: LocalityPlaces = {
        guard
            let url = Bundle.module.url(
                forResource: "china_divisions", withExtension: "csv", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8), let rows = try? CSV.parse(text)
        else { fatalError("Youcheng's bundled division list is missing or unreadable") }
        return LocalityPlaces(divisionsCSV: rows)
    }()

    /// The coordinates of `code`, if known.
    public func point(_ code: String) -> GeoPoint? { byCode[code] }
}
