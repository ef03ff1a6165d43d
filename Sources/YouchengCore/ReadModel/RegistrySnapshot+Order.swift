import Foundation

extension RegistrySnapshot {
    /// Row positions in `query`'s order: the chosen column (text by code point; levels and statuses in their natural
    /// order; undated partnerships last either way), then id in the same direction, so a descending list is the
    /// ascending one reversed, undated rows still last.
    func order(_ query: PartnershipQuery) -> [Int32] {
        let ascending = orders.value(query.sort) { computeOrder(query.sort) }
        guard query.descending else { return ascending }
        guard query.sort == .established else { return ascending.reversed() }
        let dated = ascending.prefix { columns.established[Int($0)] != nil }
        return dated.reversed() + ascending[dated.count...].reversed()
    }

    private func computeOrder(_ column: PartnershipQuery.SortColumn) -> [Int32] {
        let indices = Array(columns.id.indices)
        func byText(_ key: (Int) -> String?) -> [Int] {
            indices.sorted { a, b in
                switch (key(a), key(b)) {
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
        let levels: [LocalityLevel: Int] = [.province: 1, .city: 2, .district: 3]
        let statuses: [PartnershipStatus: Int] = [.active: 1, .suspended: 2]
        // Positions are in id order, so position order is id order.
        let sorted: [Int] =
            switch column {
            case .id: indices
            case .home: byText { columns.homes[Int(columns.home[$0])].code }
            case .partner: byText { columns.partnerEntry($0).nameKey }
            case .partnerZh: byText { columns.partnerEntry($0).partner.nameZh }
            case .country: byText { columns.partnerEntry($0).partner.country }
            case .kind: byText { columns.kind[$0].rawValue }
            case .established: byText { columns.established[$0] }
            case .level: byRank(columns.level.map { levels[$0] ?? 4 })
            case .status: byRank(columns.status.map { statuses[$0] ?? 3 })
            }
        return sorted.map { Int32($0) }
    }
}
