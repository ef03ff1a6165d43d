import Foundation
import SQLKit
import YouchengCore

/// Partners' coordinates (`partners.lat`, `lon`, `coordinate_source`): read for the map, set on the partner page,
/// and matched against GeoNames when an import creates partners.
public struct PartnerPlaceStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// Every partner's place, by partner id (partners without coordinates absent).
    public func places() async throws -> [Int64: PartnerPlace] {
        try await database.read { sql in
            var out: [Int64: PartnerPlace] = [:]
            for row in try await sql.raw(
                "SELECT id, lat, lon, coordinate_source FROM partners WHERE lat IS NOT NULL AND lon IS NOT NULL"
            ).all() {
                out[try row.decode(column: "id", as: Int64.self)] = try Self.place(row)
            }
            return out
        }
    }

    /// The place of partner `id`, nil when it has none; `RegistryError.notFound` for an unknown partner.
    public func place(partnerId id: Int64) async throws -> PartnerPlace? {
        try await database.read { sql in try await Self.place(id, sql: sql) }
    }

    /// Sets (or, with nil, clears) partner `id`'s place, auditing it as a `partner` update with the coordinates
    /// before and after, in one transaction.
    public func set(partnerId id: Int64, to place: PartnerPlace?, actor: AuditActor) async throws {
        let time = now()
        try await database.writeTransaction(locking: ["partners"]) { sql in
            let before = try await Self.place(id, sql: sql)
            try await sql.raw(
                """
                UPDATE partners SET lat = \(bind: place?.point.lat), lon = \(bind: place?.point.lon),
                  coordinate_source = \(bind: place?.source.rawValue), updated_at = \(bind: Timestamp.string(time))
                WHERE id = \(bind: id)
                """
            ).run()
            let changes = FieldChange.changes(from: Self.auditValues(before), to: Self.auditValues(place))
            guard !changes.isEmpty else { return }
            _ = try await AuditStore.append(
                AuditEvent(actor: actor, action: .update, entityType: .partner, entityId: String(id), changes: changes),
                at: time, sql: sql)
        }
    }

    static func place(_ id: Int64, sql: any SQLDatabase) async throws -> PartnerPlace? {
        guard
            let row = try await sql.raw("SELECT id, lat, lon, coordinate_source FROM partners WHERE id = \(bind: id)")
                .first()
        else { throw RegistryError.notFound }
        return try place(row)
    }

    static func place(_ row: any SQLRow) throws -> PartnerPlace? {
        guard let lat = try row.decode(column: "lat", as: Double?.self),
            let lon = try row.decode(column: "lon", as: Double?.self)
        else { return nil }
        let source = try row.decodeStoredIfPresent(
            "coordinate_source", table: "partners", CoordinateSource.init(rawValue:))
        return PartnerPlace(point: GeoPoint(lat: lat, lon: lon), source: source ?? .form)
    }

    static func auditValues(_ place: PartnerPlace?) -> [(String, String?)] {
        [
            ("lat", place.map { String($0.point.lat) }), ("lon", place.map { String($0.point.lon) }),
            ("coordinate_source", place?.source.rawValue),
        ]
    }

    /// Gives each of `partners` that has no coordinates those of the one city its names match in `gazetteer`;
    /// partners matching no city or several are left without. Runs on `sql`, inside the import's transaction.
    static func matchNew(_ partners: [Partner], gazetteer: CityGazetteer, sql: any SQLDatabase) async throws {
        for partner in partners {
            guard
                let point = geonamesPoint(
                    name: partner.name, nameZh: partner.nameZh, country: partner.country, in: gazetteer)
            else { continue }
            try await sql.raw(
                """
                UPDATE partners SET lat = \(bind: point.lat), lon = \(bind: point.lon),
                  coordinate_source = \(bind: CoordinateSource.geonames.rawValue)
                WHERE id = \(bind: partner.id) AND lat IS NULL
                """
            ).run()
        }
    }

    /// The coordinates of the one city of `gazetteer` a partner's names match; nil when they match none or several.
    static func geonamesPoint(name: String, nameZh: String, country: String, in gazetteer: CityGazetteer) -> GeoPoint? {
        guard case .unique(let city) = gazetteer.match(name: name, nameZh: nameZh, country: country) else { return nil }
        return city.point
    }
}
