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

    public func apply(_ rows: [RegistryRow], dryRun: Bool) async throws -> ImportReport {
        let stamp = Timestamp.string(now())
        let levels = Dictionary(
            uniqueKeysWithValues: Set(rows.map(\.homeCode)).map {
                ($0, reference.localities.locality($0)?.level ?? .district)
            })
        let work: @Sendable (any SQLDatabase) async throws -> ImportReport = { sql in
            let existing = try await Self.loadExisting(sql)
            var plan = ImportDiff(rows: rows, partners: existing.partners, partnerships: existing.partnerships)
            plan.compute()
            if !plan.conflicts.isEmpty { throw RegistryError.conflictingRows(plan.conflicts) }
            if dryRun { return plan.report(stored: false) }
            try await plan.write(sql, stamp: stamp, levels: levels)
            return plan.report(stored: true)
        }
        return dryRun
            ? try await database.withConnection(work)
            : try await database.writeTransaction(locking: Self.registryTables, work)
    }

    static func loadExisting(_ sql: any SQLDatabase) async throws -> (
        partners: [StoredPartner], partnerships: [String: StoredPartnership]
    ) {
        let partners = try await sql.raw("SELECT id, identity_key, name, name_zh, country FROM partners ORDER BY id")
            .all().map { row in
                StoredPartner(
                    id: try row.decode(column: "id", as: Int64.self),
                    key: try row.decode(column: "identity_key", as: String.self),
                    name: try row.decode(column: "name", as: String.self),
                    nameZh: try row.decode(column: "name_zh", as: String.self),
                    country: try row.decode(column: "country", as: String.self))
            }
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
