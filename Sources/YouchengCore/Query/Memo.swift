import Foundation

/// Answers worked out the first time they are asked for and kept: a snapshot's sort orders and summaries while it
/// lives, an import's look-ups of the names its rows repeat. At most `limit` of them, forgetting all when full.
// Why `@unchecked Sendable` is safe: its one mutable dictionary is read and written only under `lock`.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {  // see the comment above
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func value(_ key: Key, compute: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let computed = compute()
        lock.withLock {
            if values.count >= limit { values.removeAll() }
            values[key] = computed
        }
        return computed
    }
}
