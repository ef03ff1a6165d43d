/// A counting semaphore that refuses instead of waiting: at most `limit` import previews and confirmations run at
/// once. Each holds an upload (up to the upload limit) and a database transaction; beyond the limit the page says
/// "busy, try again" (503) rather than queueing work the server may not have memory for.
actor ImportGate {
    /// How many run at once in production.
    static let defaultLimit = 2

    private let limit: Int
    private var running = 0

    init(limit: Int = ImportGate.defaultLimit) {
        self.limit = limit
    }

    /// Takes a slot; false when all are taken.
    func enter() -> Bool {
        guard running < limit else { return false }
        running += 1
        return true
    }

    /// Gives a slot back.
    func leave() {
        running = max(0, running - 1)
    }

    /// Runs `body` in a slot, or throws `WebError.busy` when there is none.
    nonisolated func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        guard await enter() else { throw WebError.busy }
        do {
            let result = try await body()
            await leave()
            return result
        } catch {
            await leave()
            throw error
        }
    }
}
