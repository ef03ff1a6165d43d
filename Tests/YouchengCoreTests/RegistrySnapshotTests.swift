import Testing
import YouchengCore

/// The in-memory registry answers lists the way the SQL store does; the expected ids below are worked out by hand from
/// the six rows.
@Suite struct RegistrySnapshotTests {
    static let reference = ReferenceData.bundled

    /// id, home, partner id, English name, Chinese name, country, kind, established, status, notes.
    static let table:
        [(Int64, String, Int64, String, String, String, PartnershipKind, String?, PartnershipStatus, String)] = [
            (1, "320100", 10, "Florence", "佛罗伦萨", "IT", .sisterCity, "1980-02-22", .active, ""),
            (2, "320106", 10, "Florence", "佛罗伦萨", "IT", .friendshipCity, "1985", .active, "Visit in MAY"),
            (3, "320000", 11, "Nagoya", "名古屋", "JP", .sisterCity, "1985-03", .suspended, ""),
            (4, "110000", 12, "Auckland", "奥克兰", "NZ", .friendshipCity, nil, .ended, "100% sure"),
            (5, "320100", 13, "Malmö", "马尔默", "SE", .friendshipCity, "1985-03-12", .active, ""),
            (6, "440300", 11, "Nagoya", "名古屋", "JP", .friendshipCity, nil, .active, ""),
        ]

    static var snapshot: RegistrySnapshot {
        let rows = table.map { id, home, partnerId, name, nameZh, country, kind, established, status, notes in
            let locality = reference.localities.locality(home)!
            return RegistrySnapshot.Row(
                record: PartnershipRecord(
                    partnership: Partnership(
                        id: id, homeCode: home, partnerId: partnerId, kind: kind,
                        established: established.flatMap(PartialDate.init(parsing:)), status: status, notes: notes),
                    partner: Partner(id: partnerId, name: name, nameZh: nameZh, country: country), home: locality),
                homeLevel: locality.level, nameKey: NameKey.fold(name))
        }
        let spare = Partner(id: 14, name: "Perth", nameZh: "珀斯", country: "AU")
        return RegistrySnapshot(
            counter: 7, rows: rows.reversed(), partners: rows.map(\.record.partner) + [spare])
    }

    func ids(_ parameters: [(String, String)]) throws -> [Int64] {
        let query = try PartnershipQuery(parameters: parameters, reference: Self.reference)
        return Self.snapshot.list(query, reference: Self.reference).items.map(\.partnership.id)
    }

    @Test func establishedPeriodsCountWhereTheirPeriodMeetsTheFilters() throws {
        // From 1985-03: 1985 (its year holds March), 1985-03, 1985-03-12; not 1980-02-22, not undated.
        #expect(try ids([("from", "1985-03"), ("sort", "id")]) == [2, 3, 5])
        // To 1985-02: 1980-02-22 and 1985 (it starts before February ends); not March 1985.
        #expect(try ids([("to", "1985-02"), ("sort", "id")]) == [1, 2])
        // To 1985: every date within 1985 too.
        #expect(try ids([("to", "1985"), ("sort", "id")]) == [1, 2, 3, 5])
    }

    @Test func sortingByDateKeepsUndatedRowsLastBothWays() throws {
        #expect(try ids([("sort", "established")]) == [1, 2, 3, 5, 4, 6])
        #expect(try ids([("sort", "-established")]) == [5, 3, 2, 1, 6, 4])
    }

    @Test func sortingByLevelAndStatusFollowsTheirOrderThenId() throws {
        // Provinces 110000, 320000; cities 320100 (1, 5), 440300 (6); district 320106.
        #expect(try ids([("sort", "level")]) == [3, 4, 1, 5, 6, 2])
        #expect(try ids([("sort", "-status")]) == [4, 3, 6, 5, 2, 1])
        #expect(try ids([("sort", "partner")]) == [4, 1, 2, 5, 3, 6])
    }

    @Test func textFindsChineseSubstringsNotesAndCountriesButNotEverythingForAPercentSign() throws {
        #expect(try ids([("q", "古屋"), ("sort", "id")]) == [3, 6])
        #expect(try ids([("q", "may"), ("sort", "id")]) == [2])
        #expect(try ids([("q", "malmo"), ("sort", "id")]) == [5])
        #expect(try ids([("q", "%"), ("sort", "id")]) == [4])
        #expect(try ids([("q", "日本"), ("sort", "id")]) == [3, 6])
    }

    @Test func filtersCombineAndPagesCountTheWholeMatch() throws {
        #expect(try ids([("home", "320000"), ("kind", "friendshipCity"), ("sort", "id")]) == [2, 5])
        #expect(
            try ids([("status", "active"), ("status", "suspended"), ("continent", "europe"), ("sort", "id")]) == [
                1, 2, 5,
            ])
        let query = try PartnershipQuery(
            parameters: [("per", "2"), ("page", "2"), ("sort", "id")], reference: Self.reference)
        let page = Self.snapshot.list(query, reference: Self.reference)
        #expect(page.items.map(\.partnership.id) == [3, 4])
        #expect(page.total == 6)
    }

    @Test func summaryEntriesLeaveOutEndedAndLaterPartnerships() {
        let entries = Self.snapshot.summaryEntries(homeCodes: nil, asOf: PartialDate(year: 1985, month: 2)!)
        // 1 (1980), 2 (1985 counts by February), 6 (undated); not 3, 5 (March), not 4 (ended).
        #expect(entries.map(\.partnerId).sorted() == [10, 10, 11])
        let jiangsu = Self.snapshot.summaryEntries(homeCodes: ["320100"], asOf: PartialDate(year: 2000)!)
        #expect(jiangsu.map(\.partnerId).sorted() == [10, 13])
    }

    @Test func partnerLooksUpIncludeOnesWithoutPartnerships() {
        let snapshot = Self.snapshot
        #expect(snapshot.partner(id: 11)?.partnerships.map(\.partnership.id) == [3, 6])
        #expect(snapshot.partner(id: 14)?.partnerships.isEmpty == true)
        #expect(snapshot.partner(id: 99) == nil)
        #expect(snapshot.partners.map(\.id) == [10, 11, 12, 13, 14])
        #expect(snapshot.partnership(id: 5)?.partner.name == "Malmö")
        #expect(snapshot.count == 6)
    }
}
