import Testing
import YouchengCore

/// Activity figures and partnership health, with the expected numbers worked out by hand in the comments.
@Suite struct ActivityAndHealthTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    func exchange(
        _ id: Int64, _ kind: ExchangeKind, _ start: String, rank: LeaderRank? = nil, people: Int? = nil,
        partners: [Int64] = [], countries: [String] = [], domains: [String] = [], unit: Int64? = nil
    ) -> Exchange {
        Exchange(
            id: id,
            draft: ExchangeDraft(
                title: "e\(id)", start: day(start), end: day(start), kind: kind, partnerIds: partners,
                countries: countries, unitId: unit, rank: rank, people: people, domains: domains))
    }

    var sample: [Exchange] {
        [
            exchange(
                1, .incomingDelegation, "2018-03-01", rank: .city, people: 10, partners: [1], countries: ["JP"],
                domains: ["trade"], unit: 1),
            exchange(
                2, .incomingDelegation, "2019-12-31", rank: .province, people: 5, countries: ["DE"],
                domains: ["trade", "culture"], unit: 1),
            exchange(3, .incomingDelegation, "2018-05-01", rank: .bureau, people: 20, countries: ["JP"], unit: 2),
            exchange(4, .incomingDelegation, "2019-01-01", countries: ["FR"]),
            exchange(
                5, .outgoingDelegation, "2018-09-01", people: 6, partners: [1], countries: ["JP", "KR"],
                domains: ["culture"], unit: 2),
            exchange(6, .outgoingDelegation, "2019-02-01", people: 4, countries: ["US"], unit: 1),
            exchange(7, .event, "2018-07-07", domains: ["education"], unit: 1),
            exchange(8, .incomingDelegation, "2017-12-31", rank: .city, people: 100),  // before the period
            exchange(9, .outgoingDelegation, "2020-01-01", people: 50),  // after it
        ]
    }

    @Test func activityCountsExchangesStartingInThePeriod() {
        let report = ActivityReport(
            exchanges: sample, from: day("2018-01-01"), to: day("2019-12-31"), unitNames: [1: "外办", 2: "商务局"])

        // Incoming 1–4: 10 + 5 + 20 + 0 people; led at city level or above: 1 and 2 (15 people).
        #expect(report.incoming == .init(delegations: 4, people: 35))
        #expect(report.incomingCityLeaderOrAbove == .init(delegations: 2, people: 15))
        // Outgoing 5 and 6: 10 people; 5 visited partner 1.
        #expect(report.outgoing == .init(delegations: 2, people: 10))
        #expect(report.outgoingToPartners == 1)
        #expect(report.byKind.first { $0.0 == .event }?.1 == 1 && report.byKind.count == ExchangeKind.allCases.count)
        // Domains in the list's order: trade (1, 2), education (7), culture (2, 5).
        #expect(report.byDomain.map(\.0) == ["trade", "education", "culture"])
        #expect(report.byDomain.map(\.1) == [2, 1, 2])
        // 外办: 1, 2, 6, 7; 商务局: 3, 5; no unit: 4.
        #expect(report.byUnit.map(\.0) == ["外办", "商务局", "—"] && report.byUnit.map(\.1) == [4, 2, 1])
        // JP: 1, 3, 5; then one each, by code.
        #expect(report.byCountry.map(\.0) == ["JP", "DE", "FR", "KR", "US"])
        #expect(report.byCountry.first?.1 == 3)
    }

    @Test func theSentenceIsTheOneReportsUse() {
        let report = ActivityReport(exchanges: sample, from: day("2018-01-01"), to: day("2019-12-31"))

        #expect(report.sentence.zh == "2018至2019年，共接待外国友城来访团组4批35人次，其中副市长以上2批15人次；出访2批，其中赴友城1批。")
        #expect(report.sentence.en.hasPrefix("In 2018–2019, 4 delegations from abroad were received (35 visitors)"))
        let partYear = ActivityReport(exchanges: [], from: day("2018-03-01"), to: day("2018-06-30"))
        #expect(partYear.period(.zh) == "2018年3月1日至2018年6月30日")
    }

    @Test func activityJSONHasTheDocumentedKeysInOrder() {
        let json = ActivityReport(exchanges: sample, from: day("2018-01-01"), to: day("2018-12-31")).json

        guard case .object(let members) = json else {
            Issue.record("not an object")
            return
        }
        #expect(
            members.map(\.0) == ["from", "to", "incoming", "outgoing", "byKind", "byDomain", "byUnit", "byCountry"])
        #expect(
            json.serialized(pretty: false).contains(
                #""incoming":{"delegations":2,"people":30,"cityLeaderOrAbove":{"delegations":1,"people":10}}"#))
    }

    @Test func healthAddsRecencyFrequencyBreadthAndLeaders() {
        let asOf = day("2026-11-23")
        let exchanges = [
            // 175 days before: recency 35; city-led: leaders 10.
            exchange(1, .incomingDelegation, "2026-06-01", rank: .city, domains: ["trade", "culture"]),
            exchange(2, .outgoingDelegation, "2022-01-10", rank: .bureau, domains: ["education"]),
            // Exactly five years before: outside the window.
            exchange(3, .event, "2021-11-23", domains: ["health"]),
            exchange(4, .event, "2027-01-01", rank: .province, domains: ["sports"]),  // after the as-of date
        ]

        let health = PartnershipHealth(exchanges: exchanges, asOf: asOf)

        // 35 + 2 × 2.5 + 3 domains × 2 + 10 = 56; no project, so no results.
        #expect(health.daysSinceLast == 175)
        #expect(health.recentExchanges == 2 && health.domains == 3)
        #expect(health.results == 0 && health.score == 56)
    }

    @Test func recencyFallsLinearlyAndNoExchangeScoresZero() {
        let asOf = day("2026-11-23")
        // 1,096 days (2024 is a leap year): 35 × (1825 − 1096) / 1460 = 17.48; plus 2.5 for one exchange = 19.98 → 20.
        let old = PartnershipHealth(exchanges: [exchange(1, .letter, "2023-11-23")], asOf: asOf)

        #expect(old.daysSinceLast == 1096)
        #expect(old.score == 20)
        #expect(PartnershipHealth(exchanges: [], asOf: asOf).score == 0)
        #expect(PartnershipHealth(exchanges: [exchange(1, .letter, "2016-01-01")], asOf: asOf).score == 0)
    }

    @Test func resultsCountSignedAndLandedProjectsUpToTwenty() {
        let asOf = day("2026-11-23")
        func project(_ id: Int64, _ stage: ProjectStage, reached: ProjectStage) -> ProjectSummary {
            ProjectSummary(
                id: id, draft: ProjectDraft(title: "P", partnerIds: [1], unitId: 1, kind: .trade), stage: stage,
                since: asOf, lastUpdate: asOf, reached: reached)
        }
        // One landed (5 + 5), one shelved after signing (5), one lead (0): 15 points, no exchange.
        let some = PartnershipHealth(
            exchanges: [],
            projects: [
                project(1, .landed, reached: .landed), project(2, .shelved, reached: .signed),
                project(3, .lead, reached: .lead),
            ],
            asOf: asOf)
        // Three completed: 3 × (5 + 5) = 30, capped at 20.
        let many = PartnershipHealth(
            exchanges: [], projects: (1...3).map { project($0, .completed, reached: .completed) }, asOf: asOf)

        #expect(some.signedProjects == 2 && some.landedProjects == 1 && some.results == 15 && some.score == 15)
        #expect(many.results == 20 && many.score == 20)
    }
}
