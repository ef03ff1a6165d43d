import SQLKit
import YouchengCore

/// The registry in memory (`RegistrySnapshot`), replaced whenever the database's registry counter has moved past it:
/// every request asks the counter (one indexed row, read with its session or token, or alone), so a write by this
/// server, another process on the same SQLite file or another server on the same PostgreSQL is seen by the next
/// request. Concurrent readers that find it stale wait
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
            // The rows decoded to build it are garbage now; the old snapshot too, once its last reader is done.
            FreedMemory.release()
            return loaded
        }
    }
}

/// The registry counter, read alone when a request has not read it with its session (`RequestReads`).
private enum CounterRead: PreparedRead {
    static let name = "youcheng_registry_counter"
    static let sql = "SELECT value FROM change_counters WHERE name = 'registry'"
}

extension RegistryStore {
    /// The registry counter as stored now.
    static func counter(_ sql: any SQLDatabase) async throws -> Int64 {
        try await sql.raw("SELECT value FROM change_counters WHERE name = 'registry'").first(
            decodingColumn: "value", as: Int64.self) ?? 0
    }

    /// The registry as of now, from memory when nothing changed since it was read. The counter is the one read with
    /// this request's session or token when there is one (`RequestReads`), else read here.
    func snapshot() async throws -> RegistrySnapshot {
        let counter: Int64
        if let known = RequestReads.registryCounter {
            counter = known
        } else {
            counter = try await database.first(CounterRead.self, [])?.decode(column: "value", as: Int64.self) ?? 0
        }
        return try await readModel.current(counter: counter) { [self] in try await loadSnapshot() }
    }

    /// Reads the whole registry and its counter in one consistent read.
    func loadSnapshot() async throws -> RegistrySnapshot {
        try await database.snapshot { sql in
            let counter = try await Self.counter(sql)
            // Partners once each, joined in memory: most are twinned with several homes.
            var partners: [Int64: (partner: Partner, nameKey: String)] = [:]
            for row in try await sql.raw("SELECT id, name, name_zh, name_key, country FROM partners").all() {
                let partner = Partner(
                    id: try row.decode(column: "id", as: Int64.self),
                    name: try row.decode(column: "name", as: String.self),
                    nameZh: try row.decode(column: "name_zh", as: String.self),
                    country: try row.decode(column: "country", as: String.self))
                partners[partner.id] = (partner, try row.decode(column: "name_key", as: String.self))
            }
            let rows = try await sql.raw(
                """
                SELECT id, home_code, home_level, partner_id, kind, established, status, notes, version
                FROM partnerships
                """
            ).all().map { row in
                let partnership = try Self.partnership(row)
                guard let partner = partners[partnership.partnerId] else {
                    throw StoredValueError(
                        table: "partnerships", row: String(partnership.id), column: "partner_id",
                        value: String(partnership.partnerId))
                }
                return RegistrySnapshot.Row(
                    record: PartnershipRecord(
                        partnership: partnership, partner: partner.partner, home: home(partnership.homeCode)),
                    homeLevel: try row.decodeStored("home_level", table: "partnerships", LocalityLevel.init(rawValue:)),
                    nameKey: partner.nameKey)
            }
            return RegistrySnapshot(counter: counter, rows: rows, partners: partners.values.map(\.partner))
        }
    }
}
