import Testing
import YouchengCore

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("1985", "1985"), ("1985-03", "1985-03"), ("1985-03-12", "1985-03-12"), ("1985/3/12", "1985-03-12"),
        ("1985.3.12", "1985-03-12"), ("1985年3月", "1985-03"), ("1985年3月12日", "1985-03-12"), ("1985年", "1985"),
        ("2000-02-29", "2000-02-29"), (" 1999-1-5 ", "1999-01-05"), ("1985-03-12T00:00:00Z", "1985-03-12"),
    ])
    func acceptedFormatsKeepTheirPrecision(text: String, expected: String) {
        #expect(PartialDate(parsing: text)?.description == expected)
    }

    @Test(arguments: [
        "2019-13-45", "1900-02-29", "2023-02-29", "1985-04-31", "85-3-12", "abc", "", "1985-", "1985/03-12",
        "12/03/1985", "1850",
    ])
    func impossibleOrUnreadableDatesAreRefused(text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test func displayInChineseFollowsThePrecision() {
        #expect(PartialDate(parsing: "1985-03")?.display(.zh) == "1985年3月")
        #expect(PartialDate(parsing: "1985-03-12")?.display(.en) == "1985-03-12")
    }

    @Test func orderingPutsYearOnlyDatesBeforeTheirMonths() throws {
        let year = try #require(PartialDate(parsing: "1985"))
        let march = try #require(PartialDate(parsing: "1985-03"))
        let day = try #require(PartialDate(parsing: "1985-03-01"))
        #expect(year < march && march < day)
        // All three mean 1 January 1985 at the earliest: the year, then its January, then the day.
        let january = try #require(PartialDate(parsing: "1985-01"))
        let first = try #require(PartialDate(parsing: "1985-01-01"))
        #expect(year < january && january < first && year < first)
        #expect(!(january < year) && !(first < january) && !(first < first))
    }

    @Test func theStoredFormIsReadOnlyAsFourTwoTwoDigits() {
        #expect(PartialDate(iso: "1985") == PartialDate(year: 1985))
        #expect(PartialDate(iso: "1985-03") == PartialDate(year: 1985, month: 3))
        #expect(PartialDate(iso: "2000-02-29") == PartialDate(year: 2000, month: 2, day: 29))
        for text in ["", "1985-3", "1985/03/12", "19a5", "1985-02-30", "1985-13", " 1985", "1985-03-1x", "1899"] {
            #expect(PartialDate(iso: text) == nil, "\(text)")
        }
    }

    @Test func theISOFormPadsMonthsAndDays() {
        #expect(PartialDate(year: 1985, month: 3, day: 7)?.description == "1985-03-07")
        #expect(PartialDate(year: 1985, month: 11, day: 12)?.description == "1985-11-12")
        #expect(PartialDate(year: 2001)?.description == "2001")
    }
}
