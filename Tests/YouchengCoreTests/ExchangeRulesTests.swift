import Testing
import YouchengCore

/// Days, kinds, ranks and domains as exchanges use them, and the trip compliance rules at their boundaries.
@Suite struct ExchangeRulesTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    func trip(_ start: String, _ end: String, countries: [String], people: Int? = nil) -> ExchangeDraft {
        ExchangeDraft(
            title: "t", start: day(start), end: day(end), kind: .outgoingDelegation, countries: countries,
            people: people)
    }

    @Test func daysCountArrivalAndDepartureAndKnowLeapYears() {
        #expect(Day.span(day("2024-02-27"), day("2024-03-01")) == 4)  // 27, 28, 29 Feb, 1 Mar
        #expect(Day.span(day("2023-02-27"), day("2023-03-01")) == 3)
        #expect(Day.span(day("2026-11-23"), day("2026-11-23")) == 1)
        #expect(day("1970-01-01").ordinal == 0 && day("2000-03-01").ordinal == 11_017)
        #expect(Day(ordinal: day("2026-11-23").ordinal) == day("2026-11-23"))
        #expect(day("2024-02-29").yearsBefore(3) == day("2021-02-28"))
        #expect(day("2026-11-23").yearsBefore(3) == day("2023-11-23"))
        #expect(Day(parsing: "2026-11") == nil && Day(parsing: "2026-02-30") == nil)
        #expect(PartialDate(parsing: "2020")?.latestDay == day("2020-12-31"))
        #expect(PartialDate(parsing: "2024-02")?.latestDay == day("2024-02-29"))
    }

    @Test func kindsRanksAndDomainsReadTheirChineseAndEnglishNames() {
        #expect(ExchangeKind(parsing: "来访") == .incomingDelegation)
        #expect(ExchangeKind(parsing: "Outgoing delegation") == .outgoingDelegation)
        #expect(ExchangeKind(parsing: "视频会议") == .videoMeeting)
        #expect(ExchangeKind(parsing: "youthExchange") == .youthExchange)
        #expect(ExchangeKind(parsing: "野餐") == nil)
        #expect(LeaderRank(parsing: "副市长") == .city && LeaderRank(parsing: "省部级") == .province)
        #expect(LeaderRank.city.isCityOrAbove && !LeaderRank.bureau.isCityOrAbove)
        #expect(ExchangeDomain.defaults.domain(named: "经贸")?.code == "trade")
        #expect(ExchangeDomain.defaults.domain(named: "Trade")?.code == "trade")
        #expect(ExchangeDomain.defaults.domain(named: "science & technology")?.code == "science")
        #expect(ExchangeDomain.defaults.domain(named: "烹饪") == nil)
    }

    @Test func oneCountryAllowsFiveDaysNotSix() {
        let rules = ComplianceRules()

        #expect(rules.check(trip("2026-05-01", "2026-05-05", countries: ["DE"])).isEmpty)
        #expect(
            rules.check(trip("2026-05-01", "2026-05-06", countries: ["DE"]))
                == [.tooManyDays(days: 6, countries: 1, limit: 5)])
    }

    @Test func twoCountriesAllowEightDaysAndThreeAllowTen() {
        let rules = ComplianceRules()

        #expect(rules.check(trip("2026-05-01", "2026-05-08", countries: ["DE", "FR"])).isEmpty)
        #expect(rules.check(trip("2026-05-01", "2026-05-09", countries: ["DE", "FR"])).map(\.code) == ["days"])
        #expect(rules.check(trip("2026-05-01", "2026-05-10", countries: ["DE", "FR", "IT"])).isEmpty)
        #expect(rules.check(trip("2026-05-01", "2026-05-11", countries: ["DE", "FR", "IT"])).map(\.code) == ["days"])
    }

    @Test func fourCountriesBreakTheCountryRuleAndAreHeldToTheLastDayLimit() {
        let rules = ComplianceRules()
        let four = trip("2026-05-01", "2026-05-11", countries: ["DE", "FR", "IT", "ES"])

        #expect(
            rules.check(four) == [
                .tooManyCountries(countries: 4, limit: 3), .tooManyDays(days: 11, countries: 4, limit: 10),
            ])
        // The same country twice is one country.
        #expect(rules.check(trip("2026-05-01", "2026-05-05", countries: ["DE", "DE"])).isEmpty)
    }

    @Test func groupSizeIsCheckedOnlyWhenALimitIsSetAndOnlyForOutgoingTrips() {
        var rules = ComplianceRules()
        let big = trip("2026-05-01", "2026-05-03", countries: ["DE"], people: 9)
        #expect(rules.check(big).isEmpty)

        rules.maxPeople = 8
        var incoming = big
        incoming.kind = .incomingDelegation
        incoming.end = day("2026-05-30")

        #expect(rules.check(big) == [.tooManyPeople(people: 9, limit: 8)])
        #expect(rules.check(incoming).isEmpty)
        #expect(rules.check(big).first?.message.zh == "团组 9 人，超过 8 人的上限")
    }
}
