import Foundation
import SQLKit
import YouchengCore

extension MatchingStore {
    /// The themes recorded for city `geonameId` (none, version 0, when there is no row).
    public func cityThemes(geonameId: Int64) async throws -> CityThemes {
        try await database.read { sql in try await Self.cityThemes(geonameId: geonameId, sql: sql) }
    }

    static func cityThemes(geonameId: Int64, sql: any SQLDatabase) async throws -> CityThemes {
        guard
            let row = try await sql.raw(
                "SELECT themes, version FROM city_themes WHERE geoname_id = \(bind: geonameId)"
            ).first()
        else { return CityThemes(geonameId: geonameId, themes: [], version: 0) }
        return CityThemes(
            geonameId: geonameId, themes: Self.split(try row.decode(column: "themes", as: String.self)),
            version: try row.decode(column: "version", as: Int.self))
    }

    /// Every city's recorded themes, by GeoNames id.
    public func allCityThemes() async throws -> [Int64: [String]] {
        try await database.read { sql in
            var out: [Int64: [String]] = [:]
            for row in try await sql.raw("SELECT geoname_id, themes FROM city_themes").all() {
                out[try row.decode(column: "geoname_id", as: Int64.self)] = Self.split(
                    try row.decode(column: "themes", as: String.self))
            }
            return out
        }
    }

    /// Replaces city `geonameId`'s themes with `themes` when its version is still `expectedVersion` (0: none yet;
    /// nil: any); no themes deletes the row. Audited; the same themes again write nothing.
    public func saveCityThemes(
        geonameId: Int64, themes: [String], expectedVersion: Int?, by actor: AuditActor
    ) async throws -> CityThemes {
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let before = try await Self.cityThemes(geonameId: geonameId, sql: sql)
            if let expectedVersion, expectedVersion != before.version {
                throw MatchingError.staleVersion(current: before.version)
            }
            if before.themes == themes { return before }
            let text = themes.joined(separator: "\n")
            var after = CityThemes(geonameId: geonameId, themes: themes, version: before.version + 1)
            let action: AuditAction
            if themes.isEmpty {
                try await sql.raw("DELETE FROM city_themes WHERE geoname_id = \(bind: geonameId)").run()
                after.version = 0
                action = .delete
            } else if before.version == 0 {
                try await sql.raw(
                    """
                    INSERT INTO city_themes (geoname_id, themes, version, updated_by, updated_at)
                    VALUES (\(bind: geonameId), \(bind: text), 1, \(bind: actor.username), \(bind: stamp))
                    """
                ).run()
                action = .create
            } else {
                try await sql.raw(
                    """
                    UPDATE city_themes SET themes = \(bind: text), version = version + 1,
                      updated_by = \(bind: actor.username), updated_at = \(bind: stamp)
                    WHERE geoname_id = \(bind: geonameId)
                    """
                ).run()
                action = .update
            }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: action, entityType: .cityThemes, entityId: String(geonameId),
                    changes: FieldChange.changes(
                        from: before.version == 0 ? nil : before.auditValues,
                        to: themes.isEmpty ? nil : after.auditValues)),
                at: time, sql: sql)
            return after
        }
    }

    /// The names of the domains of each partner's exchanges (code, Chinese and English name), by partner id: one
    /// query.
    public func partnerDomains() async throws -> [Int64: [String]] {
        try await database.read { sql in
            var out: [Int64: [String]] = [:]
            for row in try await sql.raw(
                """
                SELECT DISTINCT ep.partner_id, d.code, d.name_zh, d.name_en
                FROM exchange_partners ep
                JOIN exchange_domain_links l ON l.exchange_id = ep.exchange_id
                JOIN exchange_domains d ON d.code = l.domain_code
                """
            ).all() {
                let names = [
                    try row.decode(column: "code", as: String.self), try row.decode(column: "name_zh", as: String.self),
                    try row.decode(column: "name_en", as: String.self),
                ].filter { !$0.isEmpty }
                out[try row.decode(column: "partner_id", as: Int64.self), default: []].append(contentsOf: names)
            }
            return out
        }
    }

    /// Themes stored one a line.
    static func split(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}
