import Foundation
import SQLKit
import YouchengCore

/// Other cities' published partnership counts. One figure per city and year: saving the same city and year again
/// replaces it. Changes are audited.
public struct PeerStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// Every figure, newest year first, then by city.
    public func list() async throws -> [PeerCity] {
        try await database.read { sql in
            try await sql.raw(
                "SELECT id, city, province, partnerships, countries, year, source FROM peer_cities ORDER BY year DESC, city"
            ).all().map(Self.peer)
        }
    }

    /// Stores `peers` (checked with `PeerCity.validated`) in one transaction, each replacing the figure of the same
    /// city and year; returns how many were new and how many replaced one.
    @discardableResult
    public func save(_ peers: [PeerCity], actor: AuditActor) async throws -> (created: Int, replaced: Int) {
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: ["peer_cities"]) { sql in
            var counts = (created: 0, replaced: 0)
            for peer in peers {
                let before = try await sql.raw(
                    "SELECT id, city, province, partnerships, countries, year, source FROM peer_cities WHERE city = \(bind: peer.city) AND year = \(bind: peer.year)"
                ).first().map(Self.peer)
                if let before {
                    try await sql.raw("DELETE FROM peer_cities WHERE id = \(bind: before.id)").run()
                    counts.replaced += 1
                } else {
                    counts.created += 1
                }
                try await sql.raw(
                    """
                    INSERT INTO peer_cities (city, province, partnerships, countries, year, source, created_at)
                    VALUES (\(bind: peer.city), \(bind: peer.province), \(bind: peer.partnerships), \(bind: peer.countries),
                      \(bind: peer.year), \(bind: peer.source), \(bind: stamp))
                    """
                ).run()
                try await AuditStore.append(
                    AuditEvent(
                        actor: actor, action: before == nil ? .create : .update, entityType: .peer,
                        entityId: "\(peer.city):\(peer.year)",
                        changes: FieldChange.changes(from: before.map(Self.values), to: Self.values(peer))),
                    at: time, sql: sql)
            }
            return counts
        }
    }

    /// Deletes the figure `id`; returns it, or nil when there was none.
    @discardableResult
    public func delete(id: Int64, actor: AuditActor) async throws -> PeerCity? {
        let time = now()
        return try await database.writeTransaction(locking: ["peer_cities"]) { sql in
            guard
                let before = try await sql.raw(
                    "SELECT id, city, province, partnerships, countries, year, source FROM peer_cities WHERE id = \(bind: id)"
                ).first().map(Self.peer)
            else { return nil }
            try await sql.raw("DELETE FROM peer_cities WHERE id = \(bind: id)").run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .delete, entityType: .peer, entityId: "\(before.city):\(before.year)",
                    changes: FieldChange.changes(from: Self.values(before), to: nil)), at: time, sql: sql)
            return before
        }
    }

    static func values(_ peer: PeerCity) -> [(String, String?)] {
        [
            ("city", peer.city), ("province", peer.province), ("partnerships", String(peer.partnerships)),
            ("countries", peer.countries.map(String.init)), ("year", String(peer.year)), ("source", peer.source),
        ]
    }

    static func peer(_ row: any SQLRow) throws -> PeerCity {
        PeerCity(
            id: try row.decode(column: "id", as: Int64.self), city: try row.decode(column: "city", as: String.self),
            province: try row.decode(column: "province", as: String.self),
            partnerships: try row.decode(column: "partnerships", as: Int.self),
            countries: try row.decode(column: "countries", as: Int?.self),
            year: try row.decode(column: "year", as: Int.self),
            source: try row.decode(column: "source", as: String.self))
    }
}
