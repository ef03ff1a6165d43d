import Testing
import YouchengCore

/// The dormant rule at its boundaries, worked out by hand with the as-of date 2026-11-23 and N = 3: the cut-off is
/// 2023-11-23.
@Suite struct DormantRuleTests {
    let asOf = Day(parsing: "2026-11-23")!
    let rule = DormantRule(years: 3)

    func record(_ id: Int64, established: String?, status: PartnershipStatus = .active) -> PartnershipRecord {
        PartnershipRecord(
            partnership: Partnership(
                id: id, homeCode: "320500", partnerId: id, kind: .sisterCity,
                established: established.flatMap { PartialDate(parsing: $0) }, status: status, notes: ""),
            partner: Partner(id: id, name: "P\(id)", nameZh: "", country: "JP"),
            home: Locality(
                code: "320500", name: "苏州", fullName: "苏州市", nameEn: "Suzhou", level: .city, parentCode: "320000"))
    }

    func ids(_ findings: [DormantRule.Finding]) -> [Int64] { findings.map(\.record.partnership.id) }

    @Test func establishedExactlyNYearsBeforeIsOldEnoughOneDayLaterIsNot() {
        let records = [record(1, established: "2023-11-23"), record(2, established: "2023-11-24")]

        #expect(ids(rule.dormant(records, lastExchange: [:], asOf: asOf)) == [1])
    }

    @Test func yearOrMonthOnlyDatesCountAsTheirLastDay() {
        let records = [
            record(1, established: "2023"),  // up to 2023-12-31: maybe not 3 years old yet
            record(2, established: "2022"),
            record(3, established: "2023-11"),  // up to 2023-11-30
            record(4, established: "2023-10"),
            record(5, established: nil),
        ]

        #expect(ids(rule.dormant(records, lastExchange: [:], asOf: asOf)).sorted() == [2, 4])
    }

    @Test func anExchangeOnTheCutOffDayKeepsThePartnershipAwakeTheDayBeforeDoesNot() {
        let records = [record(1, established: "2000"), record(2, established: "2000")]
        let last = [Int64(1): Day(parsing: "2023-11-23")!, 2: Day(parsing: "2023-11-22")!]

        let found = rule.dormant(records, lastExchange: last, asOf: asOf)

        #expect(ids(found) == [2])
        #expect(found.first?.lastExchange == Day(parsing: "2023-11-22"))
    }

    @Test func neverAnyExchangeComesFirstThenTheLongestSilence() {
        let records = [
            record(1, established: "1990"), record(2, established: "1985"), record(3, established: "2001"),
            record(4, established: "1980"), record(5, established: "1995", status: .suspended),
            record(6, established: "1995", status: .ended),
        ]
        let last = [Int64(1): Day(parsing: "2015-06-01")!, 3: Day(parsing: "2010-01-01")!]

        // 4 and 2 never (4 established earlier), then 3 (2010), then 1 (2015); suspended and ended left out.
        #expect(ids(rule.dormant(records, lastExchange: last, asOf: asOf)) == [4, 2, 3, 1])
    }

    @Test func exchangesAfterTheAsOfDateDoNotCount() {
        let records = [record(1, established: "2000")]
        let later = [Int64(1): Day(parsing: "2027-01-01")!]

        let found = rule.dormant(records, lastExchange: later, asOf: asOf)

        #expect(ids(found) == [1] && found.first?.lastExchange == nil)
    }
}
