import SQLKit
import YouchengCore

/// Compares import rows with what is stored and writes the difference in batches.
struct ImportDiff {
    let rows: [RegistryRow]
    var partners: [String: RegistryStore.StoredPartner]
    let partnerships: [String: RegistryStore.StoredPartnership]
    private(set) var created = 0
    private(set) var updated = 0
    private(set) var unchanged = 0
    /// New partners by identity key, in first-seen order.
    private var newPartners: [(key: String, row: RegistryRow)] = []
    private var renamedPartners: [String: (name: String, nameZh: String)] = [:]
    /// Rows that create a partnership, and partnerships to update (id → new values).
    private var newPartnerships: [RegistryRow] = []
    private var changedPartnerships: [(id: Int64, values: RegistryStore.StoredPartnership)] = []

    init(rows: [RegistryRow], existing: (partners: [String: RegistryStore.StoredPartner], partnerships: [String: RegistryStore.StoredPartnership])) {
        self.rows = rows
        self.partners = existing.partners
        self.partnerships = existing.partnerships
    }

    mutating func compute() {
        var seenNew: Set<String> = []
        var zhDecided: Set<String> = []
        var renameCounted: Set<String> = []
        for row in rows {
            let key = row.partnerKey
            var partnerChanged = false
            if let stored = partners[key] {
                // The English name is the partner's identity, so only its Chinese name can change; the first row
                // of the file that gives one decides, so a file that spells it two ways cannot flip it back and forth.
                if !row.partnerNameZh.isEmpty, !zhDecided.contains(key) {
                    zhDecided.insert(key)
                    if row.partnerNameZh != stored.nameZh {
                        renamedPartners[key] = (stored.name, row.partnerNameZh)
                        partners[key]?.nameZh = row.partnerNameZh
                    }
                }
                partnerChanged = renamedPartners[key] != nil && !renameCounted.contains(key)
                if partnerChanged { renameCounted.insert(key) }
                if let existing = partnerships["\(row.homeCode)#\(stored.id)"] {
                    let values = RegistryStore.StoredPartnership(
                        id: existing.id, kind: row.kind?.rawValue ?? existing.kind,
                        established: row.established.map { $0?.description } ?? existing.established,
                        status: row.status?.rawValue ?? existing.status, notes: row.notes ?? existing.notes)
                    if values != existing {
                        changedPartnerships.append((existing.id, values))
                        updated += 1
                    } else if partnerChanged {
                        updated += 1
                    } else {
                        unchanged += 1
                    }
                    continue
                }
            } else if !seenNew.contains(key) {
                seenNew.insert(key)
                newPartners.append((key, row))
            }
            newPartnerships.append(row)
            created += 1
        }
    }

    func report(stored: Bool) -> ImportReport {
        ImportReport(created: created, updated: updated, unchanged: unchanged, rejected: 0, newPartners: newPartners.count, stored: stored)
    }

    /// Writes the difference: new partners, renamed partners, new and changed partnerships.
    mutating func write(_ sql: any SQLDatabase, stamp: String, levels: [String: LocalityLevel]) async throws {
        for batch in newPartners.chunked(300) {
            var statement: SQLQueryString =
                "INSERT INTO partners (identity_key, name, name_zh, name_key, country, created_at, updated_at) VALUES "
            for (i, entry) in batch.enumerated() {
                let r = entry.row
                statement = statement + (i == 0 ? "" : ", ")
                    + "(\(bind: entry.key), \(bind: r.partnerName), \(bind: r.partnerNameZh), \(bind: NameKey.fold(r.partnerName)), \(bind: r.country), \(bind: stamp), \(bind: stamp))"
            }
            let byKey = Dictionary(batch.map { ($0.key, $0.row) }, uniquingKeysWith: { first, _ in first })
            for row in try await sql.raw(statement + " RETURNING id, identity_key").all() {
                let key = try row.decode(column: "identity_key", as: String.self)
                if let entry = byKey[key] {
                    partners[key] = RegistryStore.StoredPartner(
                        id: try row.decode(column: "id", as: Int64.self), name: entry.partnerName, nameZh: entry.partnerNameZh)
                }
            }
        }
        for (key, names) in renamedPartners {
            guard let id = partners[key]?.id else { continue }
            try await sql.raw(
                "UPDATE partners SET name = \(bind: names.name), name_zh = \(bind: names.nameZh), name_key = \(bind: NameKey.fold(names.name)), updated_at = \(bind: stamp) WHERE id = \(bind: id)"
            ).run()
        }
        for batch in newPartnerships.chunked(300) {
            var statement: SQLQueryString =
                "INSERT INTO partnerships (home_code, home_level, partner_id, kind, established, status, notes, version, created_at, updated_at) VALUES "
            for (i, r) in batch.enumerated() {
                guard let partnerId = partners[r.partnerKey]?.id else { throw RegistryError.notFound }
                let established: String? = r.established.flatMap { $0?.description }
                statement = statement + (i == 0 ? "" : ", ")
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
