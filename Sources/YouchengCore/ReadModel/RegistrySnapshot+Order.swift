import Foundation

extension RegistrySnapshot {
    /// Row positions in `query`'s order: the chosen column (text by code point; levels and statuses in their natural
    /// order; undated partnerships last either way), then id in the same direction, so a descending list is the
    /// ascending one reversed, undated rows still last.
    func order(_ query: PartnershipQuery) -> [Int] {
        let ascending = orders.value(query.sort) { computeOrder(query.sort) }
        guard query.descending else { return ascending }
        guard query.sort == .established else { return ascending.reversed() }
        let dated = ascending.prefix { columns.established[$0] != nil }
        return dated.reversed() + ascending[dated.count...].reversed()
    }

    private func computeOrder(_ column: PartnershipQuery.SortColumn) -> [Int] {
        let indices = Array(records.indices)
        func byText(_ keys: [String?]) -> [Int] {
            indices.sorted { a, b in
                switch (keys[a], keys[b]) {
                case (nil, nil): return a < b
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?): return Self.precedes(x, y) ?? (a < b)
                }
            }
        }
        func byRank(_ ranks: [Int]) -> [Int] {
            indices.sorted { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : $0 < $1 }
        }
        // Positions are in id order, so position order is id order.
        switch column {
        case .id: return indices
        case .home: return byText(columns.home)
        case .partner: return byText(columns.nameKey)
        case .partnerZh: return byText(columns.nameZh)
        case .country: return byText(columns.country)
        case .kind: return byText(columns.kind.map(\.rawValue))
        case .established: return byText(columns.established)
        case .level:
            let ranks: [LocalityLevel: Int] = [.province: 1, .city: 2, .district: 3]
            return byRank(columns.level.map { ranks[$0] ?? 4 })
        case .status:
            let ranks: [PartnershipStatus: Int] = [.active: 1, .suspended: 2]
            return byRank(columns.status.map { ranks[$0] ?? 3 })
        }
    }
}

/// Answers a snapshot works out the first time they are asked for (sort orders, summaries) and keeps while it lives;
/// at most `limit` of them, forgetting all when full.
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
