import Foundation

extension RegistrySnapshot {
    /// Row positions in `query`'s order: the chosen column (text by code point; levels and statuses in their natural
    /// order; undated partnerships last either way), then id in the same direction, so a descending list is the
    /// ascending one reversed, undated rows still last.
    func order(_ query: PartnershipQuery) -> [Int32] {
        arranged(ascending(query.sort), query)
    }

    private func ascending(_ column: PartnershipQuery.SortColumn) -> [Int32] {
        orders.value(column) { computeOrder(column) }
    }

    /// `positions` (any subset of the rows) in `query`'s order, as `order(query)` would list them.
    func order(_ positions: [Int32], _ query: PartnershipQuery) -> [Int32] {
        let rank = ranks.value(query.sort) {
            var rank = [Int32](repeating: 0, count: columns.id.count)
            for (place, position) in ascending(query.sort).enumerated() {
                rank[Int(position)] = Int32(place)
            }
            return rank
        }
        return arranged(positions.sorted { rank[Int($0)] < rank[Int($1)] }, query)
    }

    /// Positions in ascending order turned to `query`'s direction.
    private func arranged(_ ascending: [Int32], _ query: PartnershipQuery) -> [Int32] {
        guard query.descending else { return ascending }
        guard query.sort == .established else { return ascending.reversed() }
        let dated = ascending.prefix { columns.established[Int($0)] != nil }
        return dated.reversed() + ascending[dated.count...].reversed()
    }

    private func computeOrder(_ column: PartnershipQuery.SortColumn) -> [Int32] {
        let indices = Array(columns.id.indices)
        func by(_ precedes: (Int, Int) -> Bool?) -> [Int] {
            indices.sorted { a, b in precedes(a, b) ?? (a < b) }
        }
        func byRank(_ ranks: [Int]) -> [Int] {
            indices.sorted { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : $0 < $1 }
        }
        let (homes, home, partners, partner) = (columns.homes, columns.home, columns.partners, columns.partner)
        let levels: [LocalityLevel: Int] = [.province: 1, .city: 2, .district: 3]
        let statuses: [PartnershipStatus: Int] = [.active: 1, .suspended: 2]
        // Positions are in id order, so position order is id order.
        let sorted: [Int] =
            switch column {
            case .id: indices
            case .home: by { Self.precedes(homes[Int(home[$0])].code, homes[Int(home[$1])].code) }
            case .partner: by { partners.nameKey.precedes(Int(partner[$0]), Int(partner[$1])) }
            case .partnerZh: by { partners.nameZh.precedes(Int(partner[$0]), Int(partner[$1])) }
            case .country: by { Self.precedes(partners.country(Int(partner[$0])), partners.country(Int(partner[$1]))) }
            case .kind: by { Self.precedes(columns.kind[$0].rawValue, columns.kind[$1].rawValue) }
            case .established:
                by { a, b in
                    switch (columns.established[a], columns.established[b]) {
                    case (nil, nil): nil
                    case (nil, _): false
                    case (_, nil): true
                    case (let x?, let y?): Self.precedes(x, y)
                    }
                }
            case .level: byRank(columns.level.map { levels[$0] ?? 4 })
            case .status: byRank(columns.status.map { statuses[$0] ?? 3 })
            }
        return sorted.map { Int32($0) }
    }
}
