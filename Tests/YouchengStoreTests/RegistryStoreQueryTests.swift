import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct RegistryStoreQueryTests {
    func query(_ parameters: [(String, String)]) throws -> PartnershipQuery {
        try PartnershipQuery(parameters: parameters, reference: .bundled)
    }

    @Test(arguments: TestBackend.available)
    func filtersCombineSortAndPaginate(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: .system)

            let sisterInAsia = try await store.list(try query([("continent", "asia"), ("kind", "sisterCity")]))
            let byDateDesc = try await store.list(try query([("sort", "-established"), ("per", "2"), ("page", "1")]))
            let secondPage = try await store.list(try query([("sort", "-established"), ("per", "2"), ("page", "2")]))
            let eighties = try await store.all(try query([("from", "1980"), ("to", "1989")]))
            let districtLevel = try await store.list(try query([("level", "district")]))

            #expect(sisterInAsia.total == 1 && sisterInAsia.items.first?.partner.name == "Nagoya")
            #expect(byDateDesc.total == 4 && byDateDesc.pageCount == 2)
            #expect(byDateDesc.items.map { $0.partnership.established?.description } == ["2015-05", "1988-05"])
            #expect(secondPage.items.map { $0.partnership.established?.description } == ["1979", "1978-12-21"])
            #expect(eighties.map(\.partner.name) == ["Leipzig"])
            #expect(districtLevel.items.map(\.home.code) == ["320106"])
        }
    }

    @Test(arguments: TestBackend.available)
    func chineseSubstringAndCountryNameSearch(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: .system)

            let byChinese = try await store.list(try query([("q", "路易")]))
            let byCountry = try await store.list(try query([("q", "德国")]))
            let wildcard = try await store.list(try query([("q", "%")]))

            #expect(byChinese.items.map(\.partner.name) == ["St. Louis"])
            #expect(byCountry.items.map(\.partner.name) == ["Leipzig"])
            #expect(wildcard.total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func summaryEntriesLeaveOutEndedAndLaterPartnerships(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: .system)

            let all = try await store.summaryEntries(homeCodes: nil, asOf: PartialDate(year: 2026, month: 11, day: 23)!)
            let before2015 = try await store.summaryEntries(
                homeCodes: nil, asOf: PartialDate(year: 2015, month: 4, day: 30)!)
            let district = try await store.summaryEntries(homeCodes: ["320106"], asOf: PartialDate(year: 2026)!)

            #expect(all.count == 3)  // Leipzig has ended
            #expect(before2015.count == 2)  // the district's 2015-05 memorandum is later
            #expect(district.map(\.level) == [.district])
        }
    }
}

@Suite struct RegistryStoreSearchTests {
    @Test(arguments: TestBackend.available)
    func searchIgnoresCaseAlikeOnBothDatabasesAndMatchesCountriesByName(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let rows = try plannedRows([
                ["home", "partner", "country", "notes"], ["南京市", "Nagoya", "JP", "Demo row"],
                ["南京市", "Kazan", "RU", ""],
                ["南京市", "Perth", "AU", ""], ["南京市", "Boston", "US", ""],
            ])
            _ = try await store.apply(rows, dryRun: false, actor: .system)
            func names(_ q: String) async throws -> [String] {
                try await store.all(try PartnershipQuery(parameters: [("q", q)], reference: .bundled)).map(
                    \.partner.name
                ).sorted()
            }

            #expect(try await names("DEMO") == ["Nagoya"])
            #expect(try await names("us") == ["Boston"])
            #expect(try await names("austral") == ["Perth"])
            #expect(try await names("俄罗斯") == ["Kazan"])
        }
    }

    @Test(arguments: TestBackend.available)
    func blankKindAndStatusCellsKeepWhatIsStored(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(
                try plannedRows([
                    ["home", "partner", "country", "kind", "status"], ["南京市", "Nagoya", "JP", "友好交流城市", "暂停"],
                ]),
                dryRun: false, actor: .system)

            let report = try await store.apply(
                try plannedRows([["home", "partner", "country", "kind", "status"], ["南京市", "Nagoya", "JP", "", ""]]),
                dryRun: false, actor: .system)
            let record = try #require(try await store.all(PartnershipQuery()).first)

            #expect(report.unchanged == 1)
            #expect(record.partnership.kind == .friendshipCity && record.partnership.status == .suspended)
        }
    }
}

@Suite struct RegistryStoreOrderTests {
    @Test(arguments: TestBackend.available)
    func levelsAndStatusesSortInTheirNaturalOrder(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(
                try plannedRows([
                    ["home", "partner", "country", "status"], ["南京市鼓楼区", "A", "JP", "ended"],
                    ["江苏省", "B", "JP", "suspended"],
                    ["南京市", "C", "JP", "active"],
                ]), dryRun: false, actor: .system)
            func order(_ sort: String) async throws -> [String] {
                try await store.all(try PartnershipQuery(parameters: [("sort", sort)], reference: .bundled)).map(
                    \.partner.name)
            }

            #expect(try await order("level") == ["B", "C", "A"])
            #expect(try await order("-level") == ["A", "C", "B"])
            #expect(try await order("status") == ["C", "B", "A"])
            let notEnded = try await store.all(
                try PartnershipQuery(parameters: [("status", "active"), ("status", "suspended")], reference: .bundled))
            #expect(Set(notEnded.map(\.partner.name)) == ["B", "C"])
        }
    }
}
