import SQLKit
import YouchengCore

extension ImportDiff {
    /// How many rows one multi-row INSERT of partners (or one `IN` list of ids) carries: at 10 bindings a row, far
    /// below SQLite's 32,766 and PostgreSQL's 65,535 bindings a statement.
    static let batchSize = 1_000

    /// Writes the difference: new partners (with the coordinates `place` gives each), changed partners, new and
    /// changed partnerships. Returns the partnerships it created, as stored.
    mutating func write(
        _ sql: any SQLDatabase, stamp: String, levels: [String: LocalityLevel],
        place: (PartnerBook.Entry) -> GeoPoint?
    ) async throws -> [Partnership] {
        // Taken before the new partners get their ids, which would make them look renamed.
        let renamed = book.entries.filter { $0.id != nil && $0.changed }
        try await insertPartners(sql, stamp: stamp, place: place)
        for entry in renamed {
            guard let id = entry.id else { continue }
            try await sql.raw(
                "UPDATE partners SET identity_key = \(bind: entry.key), name = \(bind: entry.name), name_zh = \(bind: entry.nameZh), name_key = \(bind: NameKey.fold(entry.name)), updated_at = \(bind: stamp) WHERE id = \(bind: id)"
            ).run()
        }
        let created = try await insertPartnerships(sql, stamp: stamp, levels: levels)
        for (id, v) in changedPartnerships {
            try await sql.raw(
                "UPDATE partnerships SET kind = \(bind: v.kind), established = \(bind: v.established), status = \(bind: v.status), notes = \(bind: v.notes), version = version + 1, updated_at = \(bind: stamp) WHERE id = \(bind: id)"
            ).run()
        }
        return created
    }

    /// Inserts the partners the book holds without an id, `batchSize` a statement, and records the ids they got.
    private mutating func insertPartners(
        _ sql: any SQLDatabase, stamp: String, place: (PartnerBook.Entry) -> GeoPoint?
    ) async throws {
        let fresh = book.entries.indices.filter { book.entries[$0].id == nil }
        for batch in fresh.chunked(Self.batchSize) {
            let values: [SQLQueryString] = batch.map { index in
                let p = book.entries[index]
                let point = place(p)
                let source = point.map { _ in CoordinateSource.geonames.rawValue }
                return
                    "(\(bind: p.key), \(bind: p.name), \(bind: p.nameZh), \(bind: NameKey.fold(p.name)), \(bind: p.country), \(bind: point?.lat), \(bind: point?.lon), \(bind: source), \(bind: stamp), \(bind: stamp))"
            }
            let statement: SQLQueryString =
                "INSERT INTO partners (identity_key, name, name_zh, name_key, country, lat, lon, coordinate_source, created_at, updated_at) VALUES "
                + values.joined(separator: ", ") + " RETURNING id, identity_key"
            // Matched back by identity key (unique), not by the order RETURNING happens to give.
            let byKey = Dictionary(batch.map { (book.entries[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
            for row in try await sql.raw(statement).all() {
                if let index = byKey[try row.decode(column: "identity_key", as: String.self)] {
                    book.setId(try row.decode(column: "id", as: Int64.self), at: index)
                }
            }
        }
    }

    /// Inserts the rows that create partnerships, `JSONRows.batchSize` a statement; returns each as stored (with its
    /// id).
    private func insertPartnerships(_ sql: any SQLDatabase, stamp: String, levels: [String: LocalityLevel])
        async throws -> [Partnership]
    {
        var stored: [Partnership] = []
        stored.reserveCapacity(newPartnerships.count)
        for batch in newPartnerships.chunked(JSONRows.batchSize) {
            var fresh = try batch.map { i in
                let r = rows[i]
                guard let partnerId = book.entries[partnerOfRow[i]].id else { throw RegistryError.notFound }
                return Partnership(
                    id: 0, homeCode: r.homeCode, partnerId: partnerId, kind: r.kind ?? .sisterCity,
                    established: r.established ?? nil, status: r.status ?? .active, notes: r.notes ?? "")
            }
            var values = JSONRows(dialect: sql.dialect)
            for p in fresh {
                values.append([
                    .text(p.homeCode), .text((levels[p.homeCode] ?? .district).rawValue), .integer(p.partnerId),
                    .text(p.kind.rawValue), .text(p.established?.description), .text(p.status.rawValue),
                    .text(p.notes), .integer(Int64(p.version)), .text(stamp), .text(stamp),
                ])
            }
            let statement: SQLQueryString =
                "INSERT INTO partnerships (home_code, home_level, partner_id, kind, established, status, notes, version, created_at, updated_at) "
                + values.select(
                    [.text, .text, .integer, .text, .text, .text, .text, .integer, .text, .text], dialect: sql.dialect)
                + " RETURNING id, home_code, partner_id"
            // Matched back by home and partner (a unique pair), not by the order RETURNING happens to give.
            var ids: [String: Int64] = [:]
            for row in try await sql.raw(statement).all() {
                let home = try row.decode(column: "home_code", as: String.self)
                ids["\(home)#\(try row.decode(column: "partner_id", as: Int64.self))"] = try row.decode(
                    column: "id", as: Int64.self)
            }
            for n in fresh.indices {
                guard let id = ids["\(fresh[n].homeCode)#\(fresh[n].partnerId)"] else { throw RegistryError.notFound }
                fresh[n].id = id
            }
            stored += fresh
        }
        return stored
    }

    /// The stored partnerships the write changes: those a row updates and every one of a partner it renames
    /// (their records show the partner's names).
    var touchedStoredPartnerships: [Int64] {
        let renamed = Set(book.entries.filter { $0.id != nil && $0.changed }.compactMap(\.id))
        var ids = Set(changedPartnerships.map(\.id))
        if !renamed.isEmpty {
            for (key, stored) in partnerships {
                if let pair = Self.pair(key), renamed.contains(pair.partnerId) { ids.insert(stored.id) }
            }
        }
        return ids.sorted()
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
