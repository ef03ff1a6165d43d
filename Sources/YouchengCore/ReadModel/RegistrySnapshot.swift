import Foundation

/// The whole registry held in memory as it stood at one value of the database's change counter: every partner and
/// partnership, with what the lists filter and sort by worked out once, so lists, counts and summaries are answered
/// without asking the database. The SQL store stays the source of truth; a snapshot is replaced when the counter
/// moves.
public struct RegistrySnapshot: Sendable {
    /// One stored partnership with the stored values its list filters and sorts by.
    public struct Row: Sendable {
        /// The partnership, its partner and its home.
        public var record: PartnershipRecord
        /// The home's level as stored with the partnership.
        public var homeLevel: LocalityLevel
        /// The partner's folded English name as stored (what the partner column sorts and the text search matches).
        public var nameKey: String
        /// The Chinese name and the notes lowercased, as UTF-8, for the text search.
        let nameZhLowered: [UInt8]
        let notesLowered: [UInt8]
        let nameKeyBytes: [UInt8]

        /// Creates a row.
        public init(record: PartnershipRecord, homeLevel: LocalityLevel, nameKey: String) {
            self.record = record
            self.homeLevel = homeLevel
            self.nameKey = nameKey
            nameZhLowered = Array(record.partner.nameZh.lowercased().utf8)
            notesLowered = Array(record.partnership.notes.lowercased().utf8)
            nameKeyBytes = Array(nameKey.utf8)
        }

        var established: String? { record.partnership.established?.description }
    }

    /// The change counter the snapshot was read at.
    public let counter: Int64
    /// Partnerships by id.
    let rows: [Row]
    /// Every partner (with or without partnerships), by id.
    let partnersById: [Int64: Partner]
    /// Row positions by partnership id, and by partner id in home-code order.
    let rowById: [Int64: Int]
    let rowsByPartner: [Int64: [Int]]
    /// Sort orders, worked out on first use.
    let orders: SortOrders

    /// A snapshot of `rows` (any order) and `partners` at `counter`.
    public init(counter: Int64, rows: [Row], partners: [Partner]) {
        self.counter = counter
        self.rows = rows.sorted { $0.record.partnership.id < $1.record.partnership.id }
        partnersById = Dictionary(partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byId: [Int64: Int] = [:]
        var byPartner: [Int64: [Int]] = [:]
        for (index, row) in self.rows.enumerated() {
            byId[row.record.partnership.id] = index
            byPartner[row.record.partner.id, default: []].append(index)
        }
        rowById = byId
        let sorted = self.rows
        rowsByPartner = byPartner.mapValues { indices in
            indices.sorted {
                Self.precedes(sorted[$0].record.partnership.homeCode, sorted[$1].record.partnership.homeCode)
                    ?? ($0 < $1)
            }
        }
        orders = SortOrders()
    }

    /// How many partnerships are stored.
    public var count: Int { rows.count }

    /// Every partner, by id.
    public var partners: [Partner] { partnersById.values.sorted { $0.id < $1.id } }

    /// One partnership.
    public func partnership(id: Int64) -> PartnershipRecord? { rowById[id].map { rows[$0].record } }

    /// One partner with its partnerships, by home code.
    public func partner(id: Int64) -> (partner: Partner, partnerships: [PartnershipRecord])? {
        guard let partner = partnersById[id] else { return nil }
        return (partner, (rowsByPartner[id] ?? []).map { rows[$0].record })
    }

    /// The summary entries of partnerships not ended, established by `asOf` (or undated), under `homeCodes` if given.
    public func summaryEntries(homeCodes: [String]?, asOf: PartialDate) -> [SituationSummary.Entry] {
        let homes = homeCodes.map(Set.init)
        let end = asOf.description
        return rows.compactMap { row in
            let partnership = row.record.partnership
            guard partnership.status != .ended, homes?.contains(partnership.homeCode) ?? true else { return nil }
            if let established = row.established, !Self.established(established, onOrBefore: end) { return nil }
            return SituationSummary.Entry(
                partnerId: row.record.partner.id, country: row.record.partner.country, kind: partnership.kind,
                level: row.homeLevel)
        }
    }

    /// Whether `a` sorts before `b` by code point (as both databases sort text here), nil when they are equal.
    static func precedes(_ a: String, _ b: String) -> Bool? {
        if a.utf8.elementsEqual(b.utf8) { return nil }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
