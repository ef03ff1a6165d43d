import SQLKit
import YouchengCore

extension RegistryStore {
    /// `list` read from SQL rather than from memory (the read model must agree; tests compare the two).
    public func listFromSQL(_ query: PartnershipQuery) async throws -> PartnershipPage {
        let filter = whereClause(query)
        let order = orderClause(query)
        let offset = (query.page - 1) * query.per
        return try await database.read { sql in
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

    /// `all` read from SQL rather than from memory (the read model must agree; tests compare the two).
    public func allFromSQL(_ query: PartnershipQuery) async throws -> [PartnershipRecord] {
        let statement = Self.selectRecord + " " + whereClause(query) + orderClause(query)
        return try await database.read { sql in try await sql.raw(statement).all().map(record) }
    }

    /// `partnership` read from SQL rather than from memory (the read model must agree; tests compare the two).
    public func partnershipFromSQL(id: Int64) async throws -> PartnershipRecord? {
        try await database.read { sql in
            try await sql.raw(Self.selectRecord + " WHERE ps.id = \(bind: id)").first().map(record)
        }
    }

    /// `partner` read from SQL rather than from memory (the read model must agree; tests compare the two).
    public func partnerFromSQL(id: Int64) async throws -> (partner: Partner, partnerships: [PartnershipRecord])? {
        try await database.read { sql in
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

    /// `summaryEntries` read from SQL rather than from memory (the read model must agree; tests compare the two).
    public func summaryEntriesFromSQL(homeCodes: [String]?, asOf: PartialDate) async throws
        -> [SituationSummary.Entry]
    {
        var statement: SQLQueryString = """
            SELECT ps.id, ps.partner_id, ps.kind, ps.home_level, p.country FROM partnerships ps
            JOIN partners p ON p.id = ps.partner_id
            WHERE ps.status <> 'ended' AND (ps.established IS NULL OR
            """ + Self.establishedOnOrBefore(asOf) + ")"
        if let homeCodes { statement = statement + " AND " + Self.inList("ps.home_code", homeCodes) }
        let query = statement
        return try await database.read { sql in
            try await sql.raw(query).all().map { row in
                SituationSummary.Entry(
                    partnerId: try row.decode(column: "partner_id", as: Int64.self),
                    country: try row.decode(column: "country", as: String.self),
                    kind: try row.decodeStored("kind", table: "partnerships", PartnershipKind.init(rawValue:)),
                    level: try row.decodeStored("home_level", table: "partnerships", LocalityLevel.init(rawValue:)))
            }
        }
    }

    /// `count` read from SQL rather than from memory (the read model must agree; tests compare the two).
    public func countFromSQL() async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM partnerships").first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }
}
