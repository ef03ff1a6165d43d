import Foundation

/// A place on Earth in degrees: latitude −90…90 (north positive), longitude −180…180 (east positive).
public struct GeoPoint: Sendable, Hashable, Codable {
    /// Latitude in degrees.
    public var lat: Double
    /// Longitude in degrees.
    public var lon: Double

    /// A point; values are taken as given (see `parse` for checked input).
    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Whether both values are within their ranges.
    public var isValid: Bool { lat.isFinite && lon.isFinite && (-90...90).contains(lat) && (-180...180).contains(lon) }

    /// Reads form fields `lat` and `lon` (decimal degrees; a decimal comma is accepted), refusing values out of
    /// range with a message beside each field.
    public static func parse(lat latText: String, lon lonText: String) throws(FieldErrors) -> GeoPoint {
        var errors: [FieldError] = []
        let lat = number(latText, field: "lat", range: -90...90, errors: &errors)
        let lon = number(lonText, field: "lon", range: -180...180, errors: &errors)
        guard let lat, let lon, errors.isEmpty else { throw FieldErrors(errors: errors) }
        return GeoPoint(lat: lat, lon: lon)
    }

    private static func number(
        _ text: String, field: String, range: ClosedRange<Double>, errors: inout [FieldError]
    ) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if let value = Double(trimmed), value.isFinite, range.contains(value) { return value }
        let low = Int(range.lowerBound)
        let high = Int(range.upperBound)
        errors.append(
            FieldError(
                code: "invalid_coordinate", field: field,
                message: Bilingual(
                    zh: "「\(text)」不是 \(low) 到 \(high) 之间的十进制度数",
                    en: "\"\(text)\" is not a number of degrees from \(low) to \(high)")))
        return nil
    }
}

/// Where a partner's stored coordinates came from.
public enum CoordinateSource: String, Sendable, Hashable, Codable, CaseIterable, Vocabulary {
    /// Entered by a user on the partner page.
    case form
    /// Matched on import against the GeoNames city list.
    case geonames
}

/// A partner's coordinates and where they came from.
public struct PartnerPlace: Sendable, Hashable, Codable {
    /// The coordinates.
    public var point: GeoPoint
    /// Their source.
    public var source: CoordinateSource

    /// Creates a place.
    public init(point: GeoPoint, source: CoordinateSource) {
        self.point = point
        self.source = source
    }
}
