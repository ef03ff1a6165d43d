import Testing
import YouchengCore

/// The exchange figures of the charts page: per year by kind and domain, the balance, and the partner ranking.
@Suite struct ChartSeriesTests {
    func exchange(_ id: Int64, _ start: String, _ kind: ExchangeKind, partners: [Int64] = [], domains: [String] = [])
        -> Exchange
    {
        let day = Day(parsing: start)!
        return Exchange(
            id: id,
            draft: ExchangeDraft(
                title: "e\(id)", start: day, end: day, kind: kind, partnerIds: partners, domains: domains))
    }

    @Test func exchangesAreCountedPerYearByKindAndDomainAndSide() {
        let data = ExchangeChartData(
            exchanges: [
                exchange(1, "2024-05-01", .incomingDelegation, domains: ["culture", "trade"]),
                exchange(2, "2025-03-01", .outgoingDelegation, domains: ["education"]),
                exchange(3, "2025-06-01", .event, domains: ["sports"]),
            ], fromYear: 2024, toYear: 2026, domains: ExchangeDomain.defaults)
        #expect(data.years == [2024, 2025, 2026])
        #expect(
            data.byKind == [
                CountSeries(code: "incomingDelegation", values: [1, 0, 0]),
                CountSeries(code: "outgoingDelegation", values: [0, 1, 0]),
                CountSeries(code: "event", values: [0, 1, 0]),
            ])
        #expect(data.byDomain.map(\.code) == ["trade", "education", "culture", "sports"])
        #expect(data.soft == 2 && data.hard == 1 && data.neither == 1)
    }

    @Test func theBalanceFollowsTheStoredDomainList() {
        // An administrator moved sports to the soft side: the chart follows the list, not the default codes.
        var domains = ExchangeDomain.defaults
        domains[domains.firstIndex { $0.code == "sports" }!].balance = .soft
        let data = ExchangeChartData(
            exchanges: [exchange(1, "2025-01-01", .event, domains: ["sports"])], fromYear: 2025, toYear: 2025,
            domains: domains)
        #expect(data.soft == 1 && data.hard == 0 && data.neither == 0)
    }

    @Test func partnersAreRankedByExchangesInTheWindow() {
        let partners = [1, 2, 3].map { Partner(id: $0, name: "P\($0)", nameZh: "", country: "JP") }
        let ranking = PartnerActivityRanking(
            partners: partners,
            exchanges: [
                exchange(1, "2025-01-01", .event, partners: [2]), exchange(2, "2025-02-01", .event, partners: [2, 1]),
                exchange(3, "2010-01-01", .event, partners: [3]),
            ], from: Day(parsing: "2021-11-24")!, to: Day(parsing: "2026-11-23")!)
        #expect(ranking.most.map(\.partner.id) == [2, 1] && ranking.most.map(\.exchanges) == [2, 1])
        #expect(ranking.least.map(\.partner.id) == [3, 1, 2] && ranking.least.map(\.exchanges) == [0, 1, 2])
    }
}
