import SQLKit
import YouchengCore

/// Compares import rows with what is stored and writes the difference in batches.
struct ImportDiff {
    let rows: [RegistryRow]
    var book: PartnerBook
    let partnerships: [String: RegistryStore.StoredPartnership]
    private(set) var created = 0
    private(set) var updated = 0
    private(set) var unchanged = 0
    private(set) var newPartnerCount = 0
    /// Each row's partner, as an index into `book.entries`.
    var partnerOfRow: [Int] = []
    /// Rows that create a partnership (indexes into `rows`), and partnerships to update (id → new values).
    var newPartnerships: [Int] = []
    var changedPartnerships: [(id: Int64, values: RegistryStore.StoredPartnership)] = []
    /// Rows that mean a pair an earlier row of the file already means (possible only through name resolution), and
    /// rows that would change a shared partner's Chinese name the importing user may not change.
    private(set) var conflicts: [RowError] = []
    /// Whether the importing user may change what a partner twinned with these homes shares (always, by default).
    let mayChangeShared: (_ homes: [String]) -> Bool
    /// The stored partners' Chinese names, and the homes each is twinned with, by partner id.
    let storedNamesZh: [Int64: String]
    let storedHomes: [Int64: [String]]
    /// Partners whose Chinese name a row was already checked against.
    private var zhChecked: Set<Int> = []

    init(
        rows: [RegistryRow], partners: [RegistryStore.StoredPartner],
        partnerships: [String: RegistryStore.StoredPartnership],
        mayChangeShared: @escaping ([String]) -> Bool = { _ in true }
    ) {
        self.rows = rows
        self.book = PartnerBook(stored: partners)
        self.partnerships = partnerships
        self.mayChangeShared = mayChangeShared
        self.storedNamesZh = Dictionary(partners.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        var homes: [Int64: [String]] = [:]
        for key in partnerships.keys {
            if let pair = Self.pair(key) { homes[pair.partnerId, default: []].append(pair.home) }
        }
        self.storedHomes = homes
    }

    /// The home and partner id of a key of `partnerships` ("home#partner id").
    static func pair(_ key: String) -> (home: String, partnerId: Int64)? {
        let parts = key.split(separator: "#", maxSplits: 1)
        guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
        return (String(parts[0]), id)
    }

    mutating func compute() {
        var counted: Set<Int> = []
        var pairs: [String: Int] = [:]
        for (i, row) in rows.enumerated() {
            let partner = book.resolve(name: row.partnerName, nameZh: row.partnerNameZh, country: row.country)
            partnerOfRow.append(partner)
            if let refusal = sharedNameRefusal(row, partner: partner) {
                conflicts.append(refusal)
                continue
            }
            let pair = "\(row.homeCode)#\(partner)"
            if let first = pairs[pair] {
                conflicts.append(
                    RowError(
                        row: row.row,
                        reason: Bilingual(
                            zh: "与第 \(first) 行是同一友城关系（外方城市名称指向同一城市）",
                            en: "means the same partnership as row \(first) (the names match one partner)")))
                continue
            }
            pairs[pair] = row.row
            let entry = book.entries[partner]
            let partnerChanged = entry.changed && entry.id != nil && counted.insert(partner).inserted
            guard let id = entry.id, let existing = partnerships["\(row.homeCode)#\(id)"] else {
                newPartnerships.append(i)
                created += 1
                continue
            }
            let values = RegistryStore.StoredPartnership(
                id: existing.id, kind: row.kind?.rawValue ?? existing.kind,
                established: row.established.map { $0?.description } ?? existing.established,
                status: row.status?.rawValue ?? existing.status, notes: row.notes ?? existing.notes)
            if values != existing {
                changedPartnerships.append((existing.id, values))
                updated += 1
            } else if partnerChanged {
                updated += 1
            } else {
                unchanged += 1
            }
        }
        newPartnerCount = book.entries.filter { $0.id == nil }.count
    }

    func report(stored: Bool) -> ImportReport {
        ImportReport(
            created: created, updated: updated, unchanged: unchanged, rejected: 0, newPartners: newPartnerCount,
            stored: stored)
    }
}

extension ImportDiff {
    /// The row error when `row` is the first of the file to change stored partner `partner`'s Chinese name (filling
    /// a missing one is no change) and the importing user may not change what its homes share.
    fileprivate mutating func sharedNameRefusal(_ row: RegistryRow, partner: Int) -> RowError? {
        let entry = book.entries[partner]
        guard let id = entry.id, let stored = storedNamesZh[id], !stored.isEmpty, entry.nameZh != stored,
            zhChecked.insert(partner).inserted
        else { return nil }
        guard !mayChangeShared((storedHomes[id] ?? []) + [row.homeCode]) else { return nil }
        return RowError(
            row: row.row, column: .partnerZh, value: row.partnerNameZh,
            reason: Bilingual(
                zh: "与已登记的中文名「\(stored)」不同；该外方城市还与本单位所在地区以外的本地主体结好，其中文名为各方共用，只有管理员可以修改",
                en:
                    "differs from the registered Chinese name \"\(stored)\"; the partner is also twinned with homes outside your unit's locality, so only an administrator may change the name they share"
            ))
    }
}
