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
    /// Rows that mean a pair an earlier row of the file already means (possible only through name resolution).
    private(set) var conflicts: [RowError] = []

    init(
        rows: [RegistryRow], partners: [RegistryStore.StoredPartner],
        partnerships: [String: RegistryStore.StoredPartnership]
    ) {
        self.rows = rows
        self.book = PartnerBook(stored: partners)
        self.partnerships = partnerships
    }

    mutating func compute() {
        var counted: Set<Int> = []
        var pairs: [String: Int] = [:]
        for (i, row) in rows.enumerated() {
            let partner = book.resolve(name: row.partnerName, nameZh: row.partnerNameZh, country: row.country)
            partnerOfRow.append(partner)
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
