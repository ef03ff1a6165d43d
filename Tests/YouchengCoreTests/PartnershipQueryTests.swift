import Testing
import YouchengCore

@Suite struct PartnershipQueryTests {
    func parse(_ parameters: [(String, String)]) throws -> PartnershipQuery {
        try PartnershipQuery(parameters: parameters, reference: .bundled)
    }

    @Test func statusIsRepeatableAndWrittenBackAsGiven() throws {
        let query = try parse([("status", "active"), ("status", "suspended"), ("status", "active")])
        #expect(query.statuses == [.active, .suspended])
        #expect(query.parameters().filter { $0.0 == "status" }.map(\.1) == ["active", "suspended"])
    }

    @Test func searchTextLongerThanTheLimitIsRefusedNamingTheParameter() throws {
        #expect(try parse([("q", String(repeating: "a", count: 200))]).text?.count == 200)
        #expect(throws: FieldError.self) { try parse([("q", String(repeating: "a", count: 201))]) }
    }

    @Test(arguments: [
        ("page", "0"), ("page", "abc"), ("per", "201"), ("sort", "-nope"), ("kind", "cousin"), ("from", "1985-13"),
    ])
    func badParametersAreRefusedWithTheirName(name: String, value: String) {
        let error = #expect(throws: FieldError.self) { try parse([(name, value)]) }
        #expect(error?.field == name)
        #expect(error?.message.zh.contains(value) == true)
    }

    @Test func continentGroupAndCountriesNarrowEachOther() throws {
        let query = try parse([("continent", "europe"), ("group", "EU"), ("country", "FR"), ("country", "JP")])
        #expect(query.allowedCountries(ReferenceData.bundled.countries) == ["FR"])
    }
}
