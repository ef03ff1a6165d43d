import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The dormant list as of a past day, on both databases: each partner's latest exchange on or before that day, with
/// every exchange after it ignored, found through the kept exchange days.
@Suite struct PastDayDormantTests {
    typealias Fixture = ExchangeStoreTests.Fixture

    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// Florence, Leipzig and Osaka (all sister cities of 南京市 since 1990) with these exchanges: Florence 2015-03-01,
    /// 2018-06-10 and 2023-02-01; Leipzig 2016-09-09 and 2024-05-05; the two together 2019-12-31; Osaka 2022-01-01.
    func stored(_ database: Database) async throws -> (f: Fixture, osaka: Int64) {
        let f = try await Fixture(database)
        let osaka = try await RegistryStore(database: database, reference: .bundled).save(
            PartnershipDraft(
                homeCode: "320100", partnerName: "Osaka", partnerNameZh: "大阪", country: "JP", kind: .sisterCity,
                established: PartialDate(year: 1990), status: .active, notes: ""),
            id: nil, expectedVersion: nil, actor: .system
        ).partner.id
        for (start, partners) in [
            ("2015-03-01", [f.florence]), ("2018-06-10", [f.florence]), ("2023-02-01", [f.florence]),
            ("2016-09-09", [f.leipzig]), ("2024-05-05", [f.leipzig]), ("2019-12-31", [f.florence, f.leipzig]),
            ("2022-01-01", [osaka]),
        ] {
            let draft = ExchangeDraft(
                title: "Visit \(start)", start: day(start), end: day(start), kind: .outgoingDelegation,
                partnerIds: partners, countries: ["IT"], unitId: f.unit, rank: .city, people: 3, domains: ["trade"],
                outcomes: "")
            _ = try await f.exchanges.save(draft, id: nil, expectedVersion: nil, actor: .system)
        }
        return (f, osaka)
    }

    @Test(arguments: TestBackend.available)
    func thePastDaysLastExchangesIgnoreEveryExchangeAfterIt(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (f, osaka) = try await stored(database)

            let midyear = try await f.exchanges.lastExchanges(asOf: day("2020-06-30"))
            let dayBefore = try await f.exchanges.lastExchanges(asOf: day("2019-12-30"))
            let onTheDay = try await f.exchanges.lastExchanges(asOf: day("2019-12-31"))
            let firstDay = try await f.exchanges.lastExchanges(asOf: day("2015-03-01"))
            let today = try await f.exchanges.lastExchanges(asOf: day("2026-12-07"))

            #expect(midyear == [f.florence: day("2019-12-31"), f.leipzig: day("2019-12-31")])
            #expect(dayBefore == [f.florence: day("2018-06-10"), f.leipzig: day("2016-09-09")])
            #expect(onTheDay == [f.florence: day("2019-12-31"), f.leipzig: day("2019-12-31")])
            #expect(firstDay == [f.florence: day("2015-03-01")])
            #expect(
                today == [f.florence: day("2023-02-01"), f.leipzig: day("2024-05-05"), osaka: day("2022-01-01")])
        }
    }

    @Test(arguments: TestBackend.available)
    func theDormantListOfAPastDayNamesThePartnersSilentThen(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (f, osaka) = try await stored(database)
            let reports = Services(database: database).reports

            // Two years before 2019-12-30 is 2017-12-30: Florence's 2018-06-10 keeps it awake; Leipzig's last is
            // 2016-09-09, and Osaka's only exchange, in 2022, had not happened yet.
            let twoYears = try await reports.dormant(years: 2, asOf: day("2019-12-30"), home: nil)
            // Three years before 2020-06-30 is 2017-06-30: the shared 2019-12-31 keeps both awake.
            let threeYears = try await reports.dormant(years: 3, asOf: day("2020-06-30"), home: nil)

            #expect(twoYears.map(\.record.partner.id) == [osaka, f.leipzig])
            #expect(twoYears.map(\.lastExchange) == [nil, day("2016-09-09")])
            #expect(threeYears.map(\.record.partner.id) == [osaka])
            #expect(threeYears.map(\.lastExchange) == [nil])
        }
    }
}
