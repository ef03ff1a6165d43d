import SQLKit
import YouchengCore

/// The registry in memory (`RegistrySnapshot`), replaced whenever the database's registry counter has moved past it:
/// every read asks the counter (one indexed row), so a write by this server, another process on the same SQLite file
/// or another server on the same PostgreSQL is seen by the next request. Concurrent readers that find it stale wait
/// for one load instead of each loading.
actor RegistryReadModel {
    private var snapshot: RegistrySnapshot?
    private var loading: Task<RegistrySnapshot, any Error>?

    /// The snapshot at `counter` or later, loaded with `load` when the one held is older.
    func current(counter: Int64, load: @escaping @Sendable () async throws -> RegistrySnapshot) async throws
        -> RegistrySnapshot
    {
        while true {
            if let snapshot, snapshot.counter >= counter { return snapshot }
            if let loading {
                let loaded = try await loading.value
                if loaded.counter >= counter { return loaded }
                continue
            }
            let task = Task { try await load() }
            loading = task
            defer { loading = nil }
            let loaded = try await task.value
            if loaded.counter > snapshot?.counter ?? -1 { snapshot = loaded }
            return loaded
        }
    }

    /// Puts `snapshot` in place when it is newer than the one held (a write patched its own changes in).
    func offer(_ newer: RegistrySnapshot) {
        if newer.counter > snapshot?.counter ?? -1 { snapshot = newer }
    }
}

extension RegistryStore {
    /// The registry counter as stored now.
    static func counter(_ sql: any SQLDatabase) async throws -> Int64 {
        try await sql.raw("SELECT value FROM change_counters WHERE name = 'registry'").first(
            decodingColumn: "value", as: Int64.self) ?? 0
    }

    /// The registry as of now, from memory when nothing changed since it was read.
    func snapshot() async throws -> RegistrySnapshot {
        let counter = try await database.read { sql in try await Self.counter(sql) }
        return try await readModel.current(counter: counter) { [self] in try await loadSnapshot() }
    }

    /// Reads the whole registry and its counter in one consistent read.
    func loadSnapshot() async throws -> RegistrySnapshot {
        try await database.snapshot { sql in
            let counter = try await Self.counter(sql)
            let rows = try await sql.raw(
                """
                SELECT ps.id, ps.home_code, ps.home_level, ps.partner_id, ps.kind, ps.established, ps.status, ps.notes,
                  ps.version, p.name, p.name_zh, p.name_key, p.country
                FROM partnerships ps JOIN partners p ON p.id = ps.partner_id
                """
            ).all().map { row in
                RegistrySnapshot.Row(
                    record: try record(row),
                    homeLevel: try row.decodeStored("home_level", table: "partnerships", LocalityLevel.init(rawValue:)),
                    nameKey: try row.decode(column: "name_key", as: String.self))
            }
            let partners = try await Self.storedPartners(sql, where: "").map {
                Partner(id: $0.id, name: $0.name, nameZh: $0.nameZh, country: $0.country)
            }
            return RegistrySnapshot(counter: counter, rows: rows, partners: partners)
        }
    }
}
