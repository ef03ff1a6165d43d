import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// What `youcheng dormant`, `activity` and `compliance` compute from a database, on both backends.
@Suite struct ExchangeReportsTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// Three partnerships of 南京市 (Nagoya 1978, Leipzig 1988, Tampere 2025) and one of 鼓楼区 (Osaka 2015); a
    /// 鼓楼区 unit; exchanges with Nagoya in 2024 and with Osaka in 2019.
    func seeded(_ database: Database) async throws -> (partners: [String: Int64], gulou: Int64) {
        let registry = RegistryStore(database: database, reference: .bundled)
        var partners: [String: Int64] = [:]
        for (home, name, country, year) in [
            ("320100", "Nagoya", "JP", 1978), ("320100", "Leipzig", "DE", 1988), ("320100", "Tampere", "FI", 2025),
            ("320106", "Osaka", "JP", 2015),
        ] {
            partners[name] = try await registry.save(
                PartnershipDraft(
                    homeCode: home, partnerName: name, partnerNameZh: "", country: country, kind: .sisterCity,
                    established: PartialDate(year: year), status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system
            ).partner.id
        }
        let gulou = try await UnitStore(database: database, reference: .bundled).create(
            UnitDraft(nameZh: "鼓楼区外办", nameEn: "", kind: .district, homeCode: "320106", contactPerson: ""), by: .system
        ).id
        let exchanges = ExchangeStore(database: database)
        let drafts = [
            ExchangeDraft(
                title: "名古屋代表团", start: day("2024-04-01"), end: day("2024-04-03"), kind: .incomingDelegation,
                partnerIds: [partners["Nagoya"]!], countries: ["JP"], rank: .city, people: 12),
            ExchangeDraft(
                title: "访问大阪", start: day("2019-10-08"), end: day("2019-10-13"), kind: .outgoingDelegation,
                partnerIds: [partners["Osaka"]!], countries: ["JP"], unitId: gulou, people: 5),
            ExchangeDraft(
                title: "欧洲三国", start: day("2024-09-01"), end: day("2024-09-12"), kind: .outgoingDelegation,
                countries: ["DE", "FR", "IT", "AT"], unitId: gulou, people: 6),
        ]
        for draft in drafts { _ = try await exchanges.save(draft, id: nil, expectedVersion: nil, actor: .system) }
        return (partners, gulou)
    }

    @Test(arguments: TestBackend.available)
    func dormantListsTheQuietPartnershipsLongestSilenceFirst(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await seeded(database)
            let reports = Services(database: database).reports

            // As of 2026-11-23, N = 3: Leipzig never (dormant, first); Osaka last 2019-10-08 (dormant); Nagoya 2024
            // (awake); Tampere 2025 (too new).
            let all = try await reports.dormant(years: nil, asOf: day("2026-11-23"), home: nil)
            let gulouOnly = try await reports.dormant(
                years: nil, asOf: day("2026-11-23"), home: ReferenceData.bundled.localities.locality("320106"))
            let eightYears = try await reports.dormant(years: 8, asOf: day("2026-11-23"), home: nil)

            #expect(all.map(\.record.partner.name) == ["Leipzig", "Osaka"])
            #expect(all.map(\.lastExchange) == [nil, day("2019-10-08")])
            #expect(gulouOnly.map(\.record.partner.name) == ["Osaka"])
            // Eight years: Osaka's 2019 exchange is recent enough, and it was established 11 years before.
            #expect(eightYears.map(\.record.partner.name) == ["Leipzig"])
            let osaka = try #require(all.last?.record)
            let json = ExchangeReports.dormantJSON(Array(all.suffix(1))).serialized(pretty: false)
            // The partnership as every JSON output gives it, then the last exchange.
            #expect(
                json
                    == #"[{"partnership":{"id":\#(osaka.partnership.id),"home":{"code":"320106","name":"南京市鼓楼区"},"partner":{"id":\#(osaka.partner.id),"name":"Osaka","nameZh":""},"country":"JP","kind":"sisterCity","established":"2015","status":"active"},"lastExchange":"2019-10-08"}]"#
            )
        }
    }

    @Test(arguments: TestBackend.available)
    func activityAndComplianceOfAPeriod(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await seeded(database)
            let reports = Services(database: database).reports

            let year = try await reports.activity(from: day("2024-01-01"), to: day("2024-12-31"), home: nil)
            let gulou = try await reports.activity(
                from: day("2019-01-01"), to: day("2024-12-31"),
                home: ReferenceData.bundled.localities.locality("320106"))
            let breaking = try await reports.compliance(from: day("2019-01-01"), to: day("2024-12-31"))

            // 2024: Nagoya's visit (12 people, city-led) in; the four-country trip out (not to a partner).
            #expect(year.sentence.zh == "2024年，共接待外国友城来访团组1批12人次，其中副市长以上1批12人次；出访1批，其中赴友城0批。")
            // 鼓楼区's units: the two trips, one of them to Osaka.
            #expect(gulou.outgoing == .init(delegations: 2, people: 11) && gulou.outgoingToPartners == 1)
            #expect(gulou.incoming.delegations == 0 && gulou.byUnit.map(\.0) == ["鼓楼区外办"])
            // Osaka 6 days in 1 country (limit 5); Europe 4 countries (limit 3) and 12 days (limit 10).
            #expect(breaking.map(\.exchange.draft.title) == ["访问大阪", "欧洲三国"])
            #expect(breaking.map { $0.breaches.map(\.code) } == [["days"], ["countries", "days"]])
        }
    }
}
