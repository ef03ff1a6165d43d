import Foundation
import SQLKit
import YouchengCore

/// The registry kept in SQL: partners and partnerships, for SQLite and PostgreSQL alike.
public struct RegistryStore: RegistryRepository {
    let database: Database
    let reference: ReferenceData
    let now: @Sendable () -> Date
    /// The city list new partners are matched against for coordinates (asked only when an import creates some).
    let gazetteer: @Sendable () -> CityGazetteer

    /// Creates the store; `now` is injectable so tests fix the clock, `gazetteer` so they can give a small list.
    public init(
        database: Database, reference: ReferenceData, now: @escaping @Sendable () -> Date = { Date() },
        gazetteer: @escaping @Sendable () -> CityGazetteer = { .bundled }
    ) {
        self.database = database
        self.reference = reference
        self.now = now
        self.gazetteer = gazetteer
    }

    /// The tables a registry write locks against other writers.
    static let registryTables = ["partners", "partnerships"]

    static let selectRecord: SQLQueryString = """
        SELECT ps.id, ps.home_code, ps.partner_id, ps.kind, ps.established, ps.status, ps.notes, ps.version,
          p.name, p.name_zh, p.country
        FROM partnerships ps JOIN partners p ON p.id = ps.partner_id
        """

    func record(_ row: any SQLRow) throws -> PartnershipRecord {
        let homeCode = try row.decode(column: "home_code", as: String.self)
        let home =
            reference.localities.locality(homeCode)
            ?? Locality(
                code: homeCode, name: homeCode, fullName: homeCode, nameEn: homeCode, level: .district, parentCode: nil)
        let partnerId = try row.decode(column: "partner_id", as: Int64.self)
        let partnership = Partnership(
            id: try row.decode(column: "id", as: Int64.self), homeCode: homeCode, partnerId: partnerId,
            kind: try row.decodeStored("kind", table: "partnerships", PartnershipKind.init(rawValue:)),
            established: try row.decodeStoredIfPresent(
                "established", table: "partnerships", PartialDate.init(parsing:)),
            status: try row.decodeStored("status", table: "partnerships", PartnershipStatus.init(rawValue:)),
            notes: try row.decode(column: "notes", as: String.self),
            version: try row.decode(column: "version", as: Int.self))
        let partner = Partner(
            id: partnerId, name: try row.decode(column: "name", as: String.self),
            nameZh: try row.decode(column: "name_zh", as: String.self),
            country: try row.decode(column: "country", as: String.self))
        return PartnershipRecord(partnership: partnership, partner: partner, home: home)
    }

    public func list(_ query: PartnershipQuery) async throws -> PartnershipPage {
        let filter = whereClause(query)
        let order = orderClause(query)
        let offset = (query.page - 1) * query.per
        return try await database.withConnection { sql in
            let total =
                try await sql.raw(
                    "SELECT COUNT(*) AS n FROM partnerships ps JOIN partners p ON p.id = ps.partner_id " + filter
                ).first(decodingColumn: "n", as: Int.self) ?? 0
            let rows = try await sql.raw(
                Self.selectRecord + " " + filter + order + " LIMIT \(bind: query.per) OFFSET \(bind: offset)"
            ).all()
            return PartnershipPage(items: try rows.map(record), total: total, page: query.page, per: query.per)
        }
    }

    public func all(_ query: PartnershipQuery) async throws -> [PartnershipRecord] {
        let statement = Self.selectRecord + " " + whereClause(query) + orderClause(query)
        return try await database.withConnection { sql in try await sql.raw(statement).all().map(record) }
    }

    public func partnership(id: Int64) async throws -> PartnershipRecord? {
        try await database.withConnection { sql in
            try await sql.raw(Self.selectRecord + " WHERE ps.id = \(bind: id)").first().map(record)
        }
    }

    public func partner(id: Int64) async throws -> (partner: Partner, partnerships: [PartnershipRecord])? {
        try await database.withConnection { sql in
            guard
                let row = try await sql.raw("SELECT id, name, name_zh, country FROM partners WHERE id = \(bind: id)")
                    .first()
            else { return nil }
            let partner = Partner(
                id: id, name: try row.decode(column: "name", as: String.self),
                nameZh: try row.decode(column: "name_zh", as: String.self),
                country: try row.decode(column: "country", as: String.self))
            let records = try await sql.raw(
                Self.selectRecord + " WHERE ps.partner_id = \(bind: id) ORDER BY ps.home_code, ps.id"
            )
            .all().map(record)
            return (partner, records)
        }
    }

    public func summaryEntries(homeCodes: [String]?, asOf: PartialDate) async throws -> [SituationSummary.Entry] {
        var statement: SQLQueryString = """
            SELECT ps.id, ps.partner_id, ps.kind, ps.home_level, p.country FROM partnerships ps
            JOIN partners p ON p.id = ps.partner_id
            WHERE ps.status <> 'ended' AND (ps.established IS NULL OR
            """ + Self.establishedOnOrBefore(asOf) + ")"
        if let homeCodes { statement = statement + " AND " + Self.inList("ps.home_code", homeCodes) }
        let query = statement
        return try await database.withConnection { sql in
            try await sql.raw(query).all().map { row in
                SituationSummary.Entry(
                    partnerId: try row.decode(column: "partner_id", as: Int64.self),
                    country: try row.decode(column: "country", as: String.self),
                    kind: try row.decodeStored("kind", table: "partnerships", PartnershipKind.init(rawValue:)),
                    level: try row.decodeStored("home_level", table: "partnerships", LocalityLevel.init(rawValue:)))
            }
        }
    }

    public func count() async throws -> Int {
        try await database.withConnection { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM partnerships").first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }
}
