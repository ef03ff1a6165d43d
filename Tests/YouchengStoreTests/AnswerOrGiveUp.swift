/// What `body` answers, or nil when it throws or has not answered after a minute: a test that would otherwise hang
/// (a read waiting for a connection that never comes back) fails instead. A minute, not less: on a machine loaded
/// by parallel builds and tests, ten seconds once ran out for a body that was only slow.
func answerOrGiveUp<R: Sendable>(_ body: @escaping @Sendable () async throws -> R) async -> R? {
    await withTaskGroup(of: R?.self) { group in
        group.addTask { try? await body() }
        group.addTask {
            try? await Task.sleep(for: .seconds(60))
            return nil
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first
    }
}
