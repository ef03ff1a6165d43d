import Foundation
import SQLKit
import YouchengCore

extension RegistryStore {
    /// What is stored of one partner, for comparing import rows with it.
    struct StoredPartner {
        var id: Int64
        var key: String
        var name: String
        var nameZh: String
        var country: String
    }

    /// What is stored of one partnership.
    struct StoredPartnership: Equatable {
        var id: Int64
        var kind: String
        var established: String?
        var status: String
        var notes: String
    }

    public func apply(_ rows: [RegistryRow], dryRun: Bool, actor: AuditActor, editor: Principal?) async throws
        -> ImportReport
    {
        let time = now()
        let policy = AccessPolicy(localities: reference.localities)
        let stamp = Timestamp.string(time)
        let levels = Dictionary(
            uniqueKeysWithValues: Set(rows.map(\.homeCode)).map {
                ($0, reference.localities.locality($0)?.level ?? .district)
            })
        let work: @Sendable (any SQLDatabase) async throws -> ImportReport = { sql in
            let existing = try await Self.loadExisting(sql)
            var plan = ImportDiff(
                rows: rows, partners: existing.partners, partnerships: existing.partnerships,
                mayChangeShared: { homes in editor.map { policy.mayChangeSharedPartner(homes: homes, as: $0) } ?? true }
            )
            plan.compute()
            if !plan.conflicts.isEmpty { throw RegistryError.conflictingRows(plan.conflicts) }
            if dryRun { return plan.report(stored: false) }
            let touched = plan.touchedStoredPartnerships
            let before = try await storedRecords(ids: touched, sql: sql)
            // The city list is asked for only when the import creates partners; they are placed as they are inserted.
            let cities = plan.book.entries.contains { $0.id == nil } ? gazetteer() : nil
            let created = try await plan.write(sql, stamp: stamp, levels: levels) { entry in
                cities.flatMap {
                    PartnerPlaceStore.geonamesPoint(
                        name: entry.name, nameZh: entry.nameZh, country: entry.country, in: $0)
                }
            }
            let report = plan.report(stored: true)
            let after = try await recordsAfter(plan, created: created, touched: touched, sql: sql)
            try await auditImport(
                report, rows: rows.count, before: before, after: after, actor: actor, time: time, sql: sql)
            return report
        }
        return dryRun
            ? try await database.withConnection(work)
            : try await database.writeTransaction(locking: Self.registryTables, work)
    }

    /// The partnerships an import created or touched, as stored after its write: the created ones as the write stored
    /// them (their partner as the book holds it), the touched ones (and any created for a home the reference data
    /// lacks) read back on `sql`.
    private func recordsAfter(_ plan: ImportDiff, created: [Partnership], touched: [Int64], sql: any SQLDatabase)
        async throws -> [Int64: PartnershipRecord]
    {
        var unread = touched
        var known: [PartnershipRecord] = []
        known.reserveCapacity(created.count)
        for partnership in created {
            guard let home = reference.localities.locality(partnership.homeCode),
                let partner = plan.book.partner(id: partnership.partnerId)
            else {
                unread.append(partnership.id)
                continue
            }
            known.append(PartnershipRecord(partnership: partnership, partner: partner, home: home))
        }
        var out = try await storedRecords(ids: unread.sorted(), sql: sql)
        for record in known { out[record.partnership.id] = record }
        return out
    }

    /// The partnerships `ids` (sorted) as stored, by id, read on `sql` a batch of ids at a time.
    func storedRecords(ids: [Int64], sql: any SQLDatabase) async throws -> [Int64: PartnershipRecord] {
        var out: [Int64: PartnershipRecord] = [:]
        out.reserveCapacity(ids.count)
        for batch in ids.chunked(ImportDiff.batchSize) {
            for row in try await sql.raw(Self.selectRecord + " WHERE ps.id IN (\(binds: Array(batch)))").all() {
                let record = try record(row)
                out[record.partnership.id] = record
            }
        }
        return out
    }

    /// Appends the `import` entry (the counts) and one entry per partnership the import created or changed (`after`
    /// compared with `before`, which lacks the created ones), in id order, inside the import's transaction.
    func auditImport(
        _ report: ImportReport, rows: Int, before: [Int64: PartnershipRecord], after: [Int64: PartnershipRecord],
        actor: AuditActor, time: Date, sql: any SQLDatabase
    ) async throws {
        let counts: [(String, String?)] = [
            ("rows", String(rows)), ("created", String(report.created)), ("updated", String(report.updated)),
            ("unchanged", String(report.unchanged)), ("newPartners", String(report.newPartners)),
        ]
        var events = [
            AuditEvent(
                actor: actor, action: .imported, entityType: .registry, entityId: nil,
                changes: FieldChange.changes(from: nil, to: counts))
        ]
        for id in after.keys.sorted() {
            guard let record = after[id] else { continue }
            let old = before[id]
            let changes = FieldChange.changes(from: old?.auditValues, to: record.auditValues)
            if old != nil && changes.isEmpty { continue }
            events.append(
                AuditEvent(
                    actor: actor, action: old == nil ? .create : .update, entityType: .partnership,
                    entityId: String(id), changes: changes))
        }
        try await AuditStore.appendAll(events, at: time, sql: sql)
    }

    static func storedPartners(_ sql: any SQLDatabase, where condition: SQLQueryString) async throws -> [StoredPartner]
    {
        try await sql.raw("SELECT id, identity_key, name, name_zh, country FROM partners " + condition + " ORDER BY id")
            .all().map { row in
                StoredPartner(
                    id: try row.decode(column: "id", as: Int64.self),
                    key: try row.decode(column: "identity_key", as: String.self),
                    name: try row.decode(column: "name", as: String.self),
                    nameZh: try row.decode(column: "name_zh", as: String.self),
                    country: try row.decode(column: "country", as: String.self))
            }
    }

    static func loadExisting(_ sql: any SQLDatabase) async throws -> (
        partners: [StoredPartner], partnerships: [String: StoredPartnership]
    ) {
        let partners = try await storedPartners(sql, where: "")
        var partnerships: [String: StoredPartnership] = [:]
        let statement: SQLQueryString =
            "SELECT id, home_code, partner_id, kind, established, status, notes FROM partnerships"
        for row in try await sql.raw(statement).all() {
            let key =
                "\(try row.decode(column: "home_code", as: String.self))#\(try row.decode(column: "partner_id", as: Int64.self))"
            partnerships[key] = StoredPartnership(
                id: try row.decode(column: "id", as: Int64.self), kind: try row.decode(column: "kind", as: String.self),
                established: try row.decode(column: "established", as: String?.self),
                status: try row.decode(column: "status", as: String.self),
                notes: try row.decode(column: "notes", as: String.self))
        }
        return (partners, partnerships)
    }
}
