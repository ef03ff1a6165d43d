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
