import Testing
import YouchengCore

/// The snapshot holds partnerships compactly (partners and homes once each, rows as small numbers); what comes out
/// must be exactly what went in.
@Suite struct RegistrySnapshotColumnsTests {
    static let reference = ReferenceData.bundled

    static func row(
        _ id: Int64, home: Locality, partner: Partner, kind: PartnershipKind = .sisterCity, established: PartialDate?,
        status: PartnershipStatus = .active, notes: String = "", version: Int = 1, nameKey: String
    ) -> RegistrySnapshot.Row {
        RegistrySnapshot.Row(
            record: PartnershipRecord(
                partnership: Partnership(
                    id: id, homeCode: home.code, partnerId: partner.id, kind: kind, established: established,
                    status: status, notes: notes, version: version),
                partner: partner, home: home),
            homeLevel: home.level, nameKey: nameKey)
    }

    static let nanjing = reference.localities.locality("320100")!
    /// A code the directory no longer lists, shown as itself (as the store does).
    static let gone = Locality(
        code: "999999", name: "999999", fullName: "999999", nameEn: "999999", level: .district,
        parentCode: nil)
    static let florence = Partner(id: 10, name: "Florence", nameZh: "佛罗伦萨", country: "IT")
    static let onlyChinese = Partner(id: 11, name: "", nameZh: "大阪市", country: "JP")
    static let onlyEnglish = Partner(id: 12, name: "São Paulo", nameZh: "", country: "BR")

    static let rows = [
        row(
            3, home: nanjing, partner: florence, established: PartialDate(year: 1980, month: 2, day: 22),
            notes: "两市于1980年结好 — Ünïcode NOTES", version: 7, nameKey: "florence"),
        row(
            1, home: gone, partner: onlyChinese, kind: .friendshipCity, established: nil, status: .ended,
            nameKey: ""),
        row(
            2, home: nanjing, partner: onlyEnglish, established: PartialDate(year: 1985), status: .suspended,
            notes: "", version: 2, nameKey: "sao paulo"),
        row(4, home: gone, partner: florence, established: PartialDate(year: 1985, month: 3), nameKey: "florence"),
    ]

    @Test func everyPartnershipComesBackAsItWasGivenChineseEmptyAndMissingFieldsIncluded() throws {
        let snapshot = RegistrySnapshot(counter: 1, rows: Self.rows, partners: [])
        for row in Self.rows {
            #expect(snapshot.partnership(id: row.record.partnership.id) == row.record)
        }
        let query = try PartnershipQuery(parameters: [("sort", "id"), ("per", "100")], reference: Self.reference)
        #expect(
            snapshot.all(query, reference: Self.reference)
                == Self.rows.sorted { $0.record.partnership.id < $1.record.partnership.id }.map(\.record))
        #expect(snapshot.partnership(id: 5) == nil)
        #expect(snapshot.partnership(id: 0) == nil)
    }

    @Test func aPartnerTwinnedTwiceKeepsBothRowsAndTheirOwnHomesAndNotes() {
        let snapshot = RegistrySnapshot(counter: 1, rows: Self.rows, partners: [Self.florence, Self.onlyChinese])
        let found = snapshot.partner(id: 10)
        #expect(found?.partner == Self.florence)
        // By home code: 320100 before 999999.
        #expect(found?.partnerships.map(\.partnership.id) == [3, 4])
        #expect(found?.partnerships.map(\.home.code) == ["320100", "999999"])
        #expect(found?.partnerships.map(\.partnership.notes) == ["两市于1980年结好 — Ünïcode NOTES", ""])
        // A partner the rows name but the partner list does not is not listed on its own.
        #expect(snapshot.partner(id: 12) == nil)
        #expect(snapshot.partners.map(\.id) == [10, 11])
    }

    @Test func notesAreSearchedLowercasedAndChineseNamesAsGiven() throws {
        let snapshot = RegistrySnapshot(counter: 1, rows: Self.rows, partners: [])
        func ids(_ text: String) throws -> [Int64] {
            let query = try PartnershipQuery(parameters: [("q", text), ("sort", "id")], reference: Self.reference)
            return snapshot.list(query, reference: Self.reference).items.map(\.partnership.id)
        }
        #expect(try ids("ünïcode notes") == [3])
        #expect(try ids("结好") == [3])
        #expect(try ids("大阪") == [1])
        #expect(try ids("sao") == [2])
    }
}
