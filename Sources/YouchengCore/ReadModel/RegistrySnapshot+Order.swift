import Foundation

extension RegistrySnapshot {
    /// Row positions in `query`'s order: the chosen column (text by code point; levels and statuses in their natural
    /// order; undated partnerships last either way), then id in the same direction, so a descending list is the
    /// ascending one reversed, undated rows still last.
    func order(_ query: PartnershipQuery) -> [Int] {
        let ascending = orders.ascending(query.sort) { computeOrder(query.sort) }
        guard query.descending else { return ascending }
        guard query.sort == .established else { return ascending.reversed() }
        let dated = ascending.prefix { rows[$0].established != nil }
        return dated.reversed() + ascending[dated.count...].reversed()
    }

    private func computeOrder(_ column: PartnershipQuery.SortColumn) -> [Int] {
        let indices = Array(rows.indices)
        let rows = self.rows
        func byText(_ key: (Row) -> String?) -> [Int] {
            let keys = rows.map(key)
            return indices.sorted { a, b in
                switch (keys[a], keys[b]) {
                case (nil, nil): return a < b
                case (nil, _): return false
                case (_, nil): return true
                case (let x?, let y?): return Self.precedes(x, y) ?? (a < b)
                }
            }
        }
        func byRank(_ rank: (Row) -> Int) -> [Int] {
            let ranks = rows.map(rank)
            return indices.sorted { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : $0 < $1 }
        }
        // Rows are in id order, so position order is id order.
        switch column {
        case .id: return indices
        case .home: return byText { $0.record.partnership.homeCode }
        case .partner: return byText(\.nameKey)
        case .partnerZh: return byText { $0.record.partner.nameZh }
        case .country: return byText { $0.record.partner.country }
        case .kind: return byText { $0.record.partnership.kind.rawValue }
        case .established: return byText(\.established)
        case .level:
            let ranks: [LocalityLevel: Int] = [.province: 1, .city: 2, .district: 3]
            return byRank { ranks[$0.homeLevel] ?? 4 }
        case .status:
            let ranks: [PartnershipStatus: Int] = [.active: 1, .suspended: 2]
            return byRank { ranks[$0.record.partnership.status] ?? 3 }
        }
    }
}

/// A snapshot's sort orders, each worked out the first time a list asks for it and kept while the snapshot lives.
final class SortOrders: @unchecked Sendable {
    private let lock = NSLock()
    private var orders: [PartnershipQuery.SortColumn: [Int]] = [:]

    func ascending(_ column: PartnershipQuery.SortColumn, compute: () -> [Int]) -> [Int] {
        if let known = lock.withLock({ orders[column] }) { return known }
        let computed = compute()
        lock.withLock { orders[column] = computed }
        return computed
    }
}
