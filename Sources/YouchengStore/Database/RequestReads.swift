import Foundation
import SQLKit

/// What one request has already read of the database, so it is not asked twice in that request: the registry's
/// change counter, read in the same statement as the request's session or API token (one round trip, not two). It
/// lives only as long as its request (`during`), so nothing a later request needs is kept in one server's memory:
/// every request reads the counter afresh, and a write by another server is seen by the next one. Any write through
/// `Database` in the request forgets it, so the request reads its own writes.
// Why `@unchecked Sendable` is safe: its mutable state is read and written only under `lock`.
public final class RequestReads: @unchecked Sendable {  // see the comment above
    @TaskLocal static var current: RequestReads?

    private let lock = NSLock()
    private var counter: Int64?
    private var ended = false

    private init() {}

    /// Runs `body` (a request's whole handling) with reads remembered for it; they are forgotten when it returns, so
    /// a task it started that outlives it reads afresh.
    public static func during<R: Sendable>(_ body: () async throws -> R) async rethrows -> R {
        let reads = RequestReads()
        defer { reads.end() }
        return try await $current.withValue(reads) { try await body() }
    }

    /// Keeps the registry counter read with the session or token, unless the request has ended.
    static func remember(registryCounter value: Int64) {
        guard let reads = current else { return }
        reads.lock.withLock { if !reads.ended { reads.counter = value } }
    }

    /// The registry counter this request read, if it read one and has written nothing since.
    static var registryCounter: Int64? {
        guard let reads = current else { return nil }
        return reads.lock.withLock { reads.counter }
    }

    /// Forgets what was read: the request is about to write, and what it then reads must include that write.
    static func forget() {
        guard let reads = current else { return }
        reads.lock.withLock { reads.counter = nil }
    }

    private func end() {
        lock.withLock {
            ended = true
            counter = nil
        }
    }
}

extension RequestReads {
    /// A column to read beside a session or token: the registry counter, as `registry_counter`.
    static let registryCounterColumn = "(SELECT value FROM change_counters WHERE name = 'registry') AS registry_counter"

    /// Remembers the registry counter `row` read in `registryCounterColumn`, when it has one.
    static func remember(registryCounterIn row: any SQLRow) throws {
        if let value = try row.decode(column: "registry_counter", as: Int64?.self) {
            remember(registryCounter: value)
        }
    }
}
