import SQLKit
import YouchengCore

extension ImportDiff {
    /// Writes the difference: new partners, changed partners, new and changed partnerships.
    mutating func write(_ sql: any SQLDatabase, stamp: String, levels: [String: LocalityLevel]) async throws {
        let fresh = book.entries.indices.filter { book.entries[$0].id == nil }
        let renamed = book.entries.indices.filter { book.entries[$0].id != nil && book.entries[$0].changed }
        for batch in fresh.chunked(300) {
            var statement: SQLQueryString =
                "INSERT INTO partners (identity_key, name, name_zh, name_key, country, created_at, updated_at) VALUES "
            for (n, index) in batch.enumerated() {
                let p = book.entries[index]
                statement =
                    statement + (n == 0 ? "" : ", ")
                    + "(\(bind: p.key), \(bind: p.name), \(bind: p.nameZh), \(bind: NameKey.fold(p.name)), \(bind: p.country), \(bind: stamp), \(bind: stamp))"
            }
            let byKey = Dictionary(batch.map { (book.entries[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
            for row in try await sql.raw(statement + " RETURNING id, identity_key").all() {
                if let index = byKey[try row.decode(column: "identity_key", as: String.self)] {
                    book.setId(try row.decode(column: "id", as: Int64.self), at: index)
                }
            }
        }
        for index in renamed {
            let entry = book.entries[index]
            guard let id = entry.id else { continue }
            try await sql.raw(
                "UPDATE partners SET identity_key = \(bind: entry.key), name = \(bind: entry.name), name_zh = \(bind: entry.nameZh), name_key = \(bind: NameKey.fold(entry.name)), updated_at = \(bind: stamp) WHERE id = \(bind: id)"
            ).run()
        }
        for batch in newPartnerships.chunked(300) {
            var statement: SQLQueryString =
                "INSERT INTO partnerships (home_code, home_level, partner_id, kind, established, status, notes, version, created_at, updated_at) VALUES "
            for (n, i) in batch.enumerated() {
                let r = rows[i]
                guard let partnerId = book.entries[partnerOfRow[i]].id else { throw RegistryError.notFound }
                let established: String? = r.established.flatMap { $0?.description }
                statement =
                    statement + (n == 0 ? "" : ", ")
                    + "(\(bind: r.homeCode), \(bind: (levels[r.homeCode] ?? .district).rawValue), \(bind: partnerId), \(bind: (r.kind ?? .sisterCity).rawValue), \(bind: established), \(bind: (r.status ?? .active).rawValue), \(bind: r.notes ?? ""), 1, \(bind: stamp), \(bind: stamp))"
            }
            try await sql.raw(statement).run()
        }
        for (id, v) in changedPartnerships {
            try await sql.raw(
                "UPDATE partnerships SET kind = \(bind: v.kind), established = \(bind: v.established), status = \(bind: v.status), notes = \(bind: v.notes), version = version + 1, updated_at = \(bind: stamp) WHERE id = \(bind: id)"
            ).run()
        }
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
