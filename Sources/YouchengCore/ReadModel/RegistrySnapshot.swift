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

        /// Creates a row.
        public init(record: PartnershipRecord, homeLevel: LocalityLevel, nameKey: String) {
            self.record = record
            self.homeLevel = homeLevel
            self.nameKey = nameKey
        }
    }

    /// The change counter the snapshot was read at.
    public let counter: Int64
    /// Partnerships in id order and partners, held compactly (see `Columns`).
    let columns: Columns
    /// Row positions ordered by partner id, then home code, then position: one partner's rows lie side by side.
    let byPartner: [Int32]
    /// Row positions grouped by partner number: partner `p`'s rows are `partnerRows[partnerRowStart[p]..<
    /// partnerRowStart[p + 1]]`, so a list narrowed to a few countries visits only their rows.
    let partnerRows: [Int32]
    let partnerRowStart: [Int32]
    /// Sort orders, each row's place in them, and summaries, worked out on first use.
    let orders = Memo<PartnershipQuery.SortColumn, [Int32]>(limit: PartnershipQuery.SortColumn.allCases.count)
    let ranks = Memo<PartnershipQuery.SortColumn, [Int32]>(limit: PartnershipQuery.SortColumn.allCases.count)
    let summaries = Memo<String, SituationSummary>(limit: 64)

    /// A snapshot of `rows` (any order; each row's partner is the one its partnership names) and `partners` (the
    /// first of any with the same id counts) at `counter`.
    public init(counter: Int64, rows: [Row], partners: [Partner]) {
        self.counter = counter
        var seen = Set<Int64>()
        let columns = Columns(
            rows.sorted { $0.record.partnership.id < $1.record.partnership.id },
            listed: partners.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id })
        self.columns = columns
        byPartner = columns.id.indices.sorted { a, b in
            let (x, y) = (columns.partnerId(a), columns.partnerId(b))
            if x != y { return x < y }
            let (homeA, homeB) = (columns.homes[Int(columns.home[a])].code, columns.homes[Int(columns.home[b])].code)
            return Self.precedes(homeA, homeB) ?? (a < b)
        }.map { Int32($0) }
        (partnerRows, partnerRowStart) = Self.grouped(columns.partner, groups: columns.partners.count)
    }

    /// Positions `0..<numbers.count` grouped by their number (a counting sort, in position order within a group),
    /// with each group's start; the last start is the count.
    static func grouped(_ numbers: [Int32], groups: Int) -> (positions: [Int32], start: [Int32]) {
        var start = [Int32](repeating: 0, count: groups + 1)
        for number in numbers { start[Int(number) + 1] += 1 }
        for group in 0..<groups { start[group + 1] += start[group] }
        var next = start
        var positions = [Int32](repeating: 0, count: numbers.count)
        for (position, number) in numbers.enumerated() {
            positions[Int(next[Int(number)])] = Int32(position)
            next[Int(number)] += 1
        }
        return (positions, start)
    }

    /// Every partner (with or without partnerships), in id order.
    public var partners: [Partner] { columns.listed.map { columns.partners[Int($0)] } }

    /// How many partnerships are stored.
    public var count: Int { columns.id.count }

    /// One partnership.
    public func partnership(id: Int64) -> PartnershipRecord? {
        // The last of equal ids, as a table by id would keep.
        let after = Self.partitionPoint(columns.id.count) { columns.id[$0] > id }
        guard after > 0, columns.id[after - 1] == id else { return nil }
        return columns.record(after - 1)
    }

    /// One partner with its partnerships, by home code.
    public func partner(id: Int64) -> (partner: Partner, partnerships: [PartnershipRecord])? {
        let listed = columns.listed
        let position = Self.partitionPoint(listed.count) { columns.partners.id[Int(listed[$0])] >= id }
        guard position < listed.count, columns.partners.id[Int(listed[position])] == id else { return nil }
        let first = Self.partitionPoint(byPartner.count) { columns.partnerId(Int(byPartner[$0])) >= id }
        let end = Self.partitionPoint(byPartner.count) { columns.partnerId(Int(byPartner[$0])) > id }
        return (columns.partners[Int(listed[position])], byPartner[first..<end].map { columns.record(Int($0)) })
    }

    /// The first of `0..<count` where `isAfter` holds, it being false up to some point and true from there on.
    static func partitionPoint(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The summary entries of partnerships not ended, established by `asOf` (or undated), under `homeCodes` if given.
    public func summaryEntries(homeCodes: [String]?, asOf: PartialDate) -> [SituationSummary.Entry] {
        let homes = homeCodes.map { columns.homeSymbols.flags($0) }
        let end = asOf.description
        return columns.id.indices.compactMap { index in
            guard columns.status[index] != .ended, homes?[Int(columns.homeNumber(index))] ?? true else { return nil }
            if let established = columns.established[index], !Self.established(established, onOrBefore: end) {
                return nil
            }
            let partner = Int(columns.partner[index])
            return SituationSummary.Entry(
                partnerId: columns.partners.id[partner], country: columns.partners.country(partner),
                kind: columns.kind[index], level: columns.level[index])
        }
    }

    /// The situation summary under `home` (or of all) as of `asOf`, as `RegistryRepository.situation` counts it;
    /// the same question asked again of the same snapshot is answered from memory.
    public func situation(home: Locality?, asOf: PartialDate, reference: ReferenceData) -> SituationSummary {
        summaries.value("\(home?.code ?? "")|\(asOf)") {
            let codes = home.map { reference.localities.subtree(of: $0.code) }
            return SituationSummary(
                entries: summaryEntries(homeCodes: codes, asOf: asOf), catalog: reference.countries,
                asOf: asOf.description, home: home)
        }
    }

    /// Whether `a` sorts before `b` by code point (as both databases sort text here), nil when they are equal.
    static func precedes(_ a: String, _ b: String) -> Bool? {
        if a.utf8.elementsEqual(b.utf8) { return nil }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
