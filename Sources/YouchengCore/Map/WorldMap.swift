import Foundation

/// The country outlines a map page draws, read from GeoJSON (a `FeatureCollection` of `Polygon` and
/// `MultiPolygon` features). The bundled file is Natural Earth 1:110m; a deployment may give its own approved map.
public struct WorldMap: Sendable {
    /// One country (or territory) outline.
    public struct Feature: Sendable, Hashable {
        /// ISO 3166-1 alpha-2 code, or the file's own code when the feature has none (`CYN`).
        public var iso: String
        /// Name in English.
        public var nameEn: String
        /// Name in Chinese (may be empty).
        public var nameZh: String
        /// Rings of all polygons, outer rings and holes, in the file's order.
        public var rings: [[GeoPoint]]
    }

    /// The features with at least one ring.
    public let features: [Feature]

    /// Reads GeoJSON bytes.
    public init(geoJSON data: Data) throws(MapFileError) {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch { throw .notJSON }
        guard let object = root as? [String: Any], object["type"] as? String == "FeatureCollection",
            let list = object["features"] as? [[String: Any]]
        else { throw .notFeatureCollection }
        let parsed = list.compactMap(Self.feature)
        guard !parsed.isEmpty else { throw .noPolygons }
        features = parsed
    }

    /// Reads the GeoJSON file at `url`.
    public static func load(contentsOf url: URL) throws(MapFileError) -> WorldMap {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(url.path) }
        return try WorldMap(geoJSON: data)
    }

    /// The bundled Natural Earth map, read once per process.
    public static let bundled: WorldMap = {
        guard
            let url = Bundle.module.url(forResource: "world_110m", withExtension: "geojson", subdirectory: "Resources")
        else { fatalError("Youcheng's bundled base map is missing") }
        do {
            return try load(contentsOf: url)
        } catch {
            // The file is part of the build; failing to read it is a broken installation, not bad input.
            fatalError("Youcheng's bundled base map is unreadable: \(error)")
        }
    }()

    private static func feature(_ object: [String: Any]) -> Feature? {
        let properties = object["properties"] as? [String: Any] ?? [:]
        func text(_ keys: String...) -> String {
            keys.lazy.compactMap { properties[$0] as? String }.first { !$0.isEmpty && $0 != "-99" } ?? ""
        }
        guard let geometry = object["geometry"] as? [String: Any], let type = geometry["type"] as? String else {
            return nil
        }
        let polygons: [Any]
        switch type {
        case "Polygon": polygons = [geometry["coordinates"] ?? []]
        case "MultiPolygon": polygons = geometry["coordinates"] as? [Any] ?? []
        default: return nil
        }
        let rings = polygons.compactMap { $0 as? [Any] }.flatMap { $0.compactMap(ring) }
        guard !rings.isEmpty else { return nil }
        return Feature(
            iso: text("iso_a2", "ISO_A2", "iso", "adm0_a3", "ADM0_A3").uppercased(),
            nameEn: text("name_en", "NAME_EN", "name", "NAME"), nameZh: text("name_zh", "NAME_ZH"), rings: rings)
    }

    private static func ring(_ value: Any) -> [GeoPoint]? {
        guard let positions = value as? [[Any]] else { return nil }
        let points = positions.compactMap { position -> GeoPoint? in
            guard position.count >= 2, let lon = (position[0] as? NSNumber)?.doubleValue,
                let lat = (position[1] as? NSNumber)?.doubleValue
            else { return nil }
            return GeoPoint(lat: lat, lon: lon)
        }
        return points.count >= 3 ? points : nil
    }
}

/// A base map file that cannot be used.
public enum MapFileError: Error, Sendable, Equatable {
    /// The file cannot be read (the path).
    case unreadable(String)
    /// The file is not JSON.
    case notJSON
    /// The JSON is not a GeoJSON `FeatureCollection`.
    case notFeatureCollection
    /// No feature is a `Polygon` or `MultiPolygon`.
    case noPolygons

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .unreadable(let path): Bilingual(zh: "无法读取底图文件 \(path)", en: "cannot read the base map file \(path)")
        case .notJSON: Bilingual(zh: "底图文件不是 JSON", en: "the base map file is not JSON")
        case .notFeatureCollection:
            Bilingual(
                zh: "底图文件不是 GeoJSON FeatureCollection", en: "the base map file is not a GeoJSON FeatureCollection")
        case .noPolygons:
            Bilingual(
                zh: "底图文件没有 Polygon 或 MultiPolygon 要素", en: "the base map file has no Polygon or MultiPolygon feature")
        }
    }
}
