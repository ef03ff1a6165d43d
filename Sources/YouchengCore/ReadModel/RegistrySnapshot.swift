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

    /// What lists filter and sort by, one array per field, at the rows' positions: a scan reads small values side
    /// by side instead of copying whole records.
    struct Columns: Sendable {
        var home: [String] = []
        var level: [LocalityLevel] = []
        var kind: [PartnershipKind] = []
        var status: [PartnershipStatus] = []
        var established: [String?] = []
        var partnerId: [Int64] = []
        var country: [String] = []
        var nameKey: [String] = []
        var nameZh: [String] = []
        /// For the text search, as UTF-8: the Chinese name and the notes lowercased, and the folded name.
        var nameZhLowered: [[UInt8]] = []
        var notesLowered: [[UInt8]] = []
        var nameKeyBytes: [[UInt8]] = []
        /// The home and the country as numbers, for filters to test with an array read instead of hashing text.
        var homeNumber: [Int32] = []
        var countryNumber: [Int32] = []
        var homeSymbols = Symbols()
        var countrySymbols = Symbols()

        mutating func append(_ row: Row) {
            let record = row.record
            home.append(record.partnership.homeCode)
            homeNumber.append(homeSymbols.number(record.partnership.homeCode))
            countryNumber.append(countrySymbols.number(record.partner.country))
            level.append(row.homeLevel)
            kind.append(record.partnership.kind)
            status.append(record.partnership.status)
            established.append(record.partnership.established?.description)
            partnerId.append(record.partner.id)
            country.append(record.partner.country)
            nameKey.append(row.nameKey)
            nameZh.append(record.partner.nameZh)
            nameZhLowered.append(Array(record.partner.nameZh.lowercased().utf8))
            notesLowered.append(Array(record.partnership.notes.lowercased().utf8))
            nameKeyBytes.append(Array(row.nameKey.utf8))
        }
    }

    /// The change counter the snapshot was read at.
    public let counter: Int64
    /// Partnerships by id, and their fields by the same positions.
    let records: [PartnershipRecord]
    let columns: Columns
    /// Every partner (with or without partnerships), in id order and by id.
    public let partners: [Partner]
    let partnersById: [Int64: Partner]
    /// Positions by partnership id, and by partner id in home-code order.
    let rowById: [Int64: Int]
    let rowsByPartner: [Int64: [Int]]
    /// Sort orders and summaries, worked out on first use.
    let orders = Memo<PartnershipQuery.SortColumn, [Int]>(limit: PartnershipQuery.SortColumn.allCases.count)
    let summaries = Memo<String, SituationSummary>(limit: 64)

    /// A snapshot of `rows` (any order) and `partners` at `counter`.
    public init(counter: Int64, rows: [Row], partners: [Partner]) {
        self.counter = counter
        let sorted = rows.sorted { $0.record.partnership.id < $1.record.partnership.id }
        records = sorted.map(\.record)
        var columns = Columns()
        for row in sorted { columns.append(row) }
        self.columns = columns
        partnersById = Dictionary(partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.partners = partnersById.values.sorted { $0.id < $1.id }
        var byId: [Int64: Int] = [:]
        var byPartner: [Int64: [Int]] = [:]
        for (index, record) in records.enumerated() {
            byId[record.partnership.id] = index
            byPartner[record.partner.id, default: []].append(index)
        }
        rowById = byId
        rowsByPartner = byPartner.mapValues { indices in
            indices.sorted { Self.precedes(columns.home[$0], columns.home[$1]) ?? ($0 < $1) }
        }
    }

    /// How many partnerships are stored.
    public var count: Int { records.count }

    /// One partnership.
    public func partnership(id: Int64) -> PartnershipRecord? { rowById[id].map { records[$0] } }

    /// One partner with its partnerships, by home code.
    public func partner(id: Int64) -> (partner: Partner, partnerships: [PartnershipRecord])? {
        guard let partner = partnersById[id] else { return nil }
        return (partner, (rowsByPartner[id] ?? []).map { records[$0] })
    }

    /// The summary entries of partnerships not ended, established by `asOf` (or undated), under `homeCodes` if given.
    public func summaryEntries(homeCodes: [String]?, asOf: PartialDate) -> [SituationSummary.Entry] {
        let homes = homeCodes.map { columns.homeSymbols.flags($0) }
        let end = asOf.description
        return records.indices.compactMap { index in
            guard columns.status[index] != .ended, homes?[Int(columns.homeNumber[index])] ?? true else { return nil }
            if let established = columns.established[index], !Self.established(established, onOrBefore: end) {
                return nil
            }
            return SituationSummary.Entry(
                partnerId: columns.partnerId[index], country: columns.country[index], kind: columns.kind[index],
                level: columns.level[index])
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
