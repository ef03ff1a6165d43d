import Testing
import YouchengCore

/// Round anniversaries at their boundaries: the 5th year, year- and month-only dates, 29 February, ended ones.
@Suite struct AnniversaryRuleTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    func record(_ id: Int64, _ established: String?, status: PartnershipStatus = .active) -> PartnershipRecord {
        PartnershipRecord(
            partnership: Partnership(
                id: id, homeCode: "320500", partnerId: id, kind: .sisterCity,
                established: established.flatMap { PartialDate(parsing: $0) }, status: status, notes: ""),
            partner: Partner(id: id, name: "P\(id)", nameZh: "", country: "JP"),
            home: Locality(
                code: "320500", name: "苏州", fullName: "苏州市", nameEn: "Suzhou", level: .city, parentCode: "320000"))
    }

    func found(_ records: [PartnershipRecord], _ from: String, _ to: String) -> [String] {
        AnniversaryRule().anniversaries(records, from: day(from), to: day(to)).map {
            "\($0.record.partnership.id):\($0.years):\($0.date)"
        }
    }

    @Test func theFifthYearCountsOnItsDayAndTheYearOfEstablishmentDoesNot() {
        let records = [record(1, "2021-06-15"), record(2, "2026-03-01"), record(3, "2022-06-15")]

        // 2026-06-15 is the 5th of #1; #2 is established in 2026 (its 0th); #3 turns 4.
        #expect(found(records, "2026-06-15", "2026-06-15") == ["1:5:2026-06-15"])
        #expect(found(records, "2026-06-16", "2027-06-14").isEmpty)
        // Six years: #1's 5th and 10th, #3's 5th (2027), #2's 5th (2031), by date.
        #expect(
            found(records, "2026-01-01", "2031-12-31") == [
                "1:5:2026-06-15", "3:5:2027-06-15", "2:5:2031-03-01", "1:10:2031-06-15",
            ])
    }

    @Test func yearOnlyDatesCountInTheirYearAndMonthOnlyInTheirMonth() {
        let records = [record(1, "1996"), record(2, "2001-11")]

        // 1996 → 2026 (30 years), any day of 2026; 2001-11 → 2026-11 (25 years), any day of November.
        #expect(found(records, "2026-11-23", "2027-11-22") == ["1:30:2026", "2:25:2026-11"])
        // From December: still 2026 for the year-only date, but November 2026 is over.
        #expect(found(records, "2026-12-01", "2027-11-22") == ["1:30:2026"])
        #expect(found(records, "2026-01-01", "2026-01-01") == ["1:30:2026"])
    }

    @Test func twentyNinthOfFebruaryFallsOnTheTwentyEighthInACommonYear() {
        let records = [record(1, "2016-02-29"), record(2, "2004-02-29")]

        // #1: 10 years in 2026 (common): 28 February. #2: 20 years in 2024 (leap): 29 February.
        #expect(found(records, "2026-02-28", "2026-02-28") == ["1:10:2026-02-28"])
        #expect(found(records, "2024-02-29", "2024-02-29") == ["2:20:2024-02-29"])
    }

    @Test func endedAndUndatedPartnershipsHaveNone() {
        let records = [
            record(1, "2016-05-01", status: .ended), record(2, nil), record(3, "2016-05-01", status: .suspended),
        ]

        #expect(found(records, "2026-01-01", "2026-12-31") == ["3:10:2026-05-01"])
    }
}
