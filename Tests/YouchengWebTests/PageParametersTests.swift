import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

/// The parameters every page shares are read by one reader: the same bad value is refused with the same code on
/// every route that takes it, and `as_of` and `asOf` are the same parameter.
@Suite struct PageParametersTests {
    /// The error code of a refused request: `data-code` on an HTML error page, `error.code` in API JSON.
    func code(_ response: TestResponse) throws -> String? {
        if let rest = response.text.components(separatedBy: "data-code=\"").dropFirst().first {
            return String(rest.prefix { $0 != "\"" })
        }
        let json = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
        return (json?["error"] as? [String: Any])?["code"] as? String
    }

    @Test(arguments: [
        "/", "/charts", "/dormant", "/activity", "/anniversaries", "/map/china", "/api/v1/summary",
        "/api/v1/partnerships",
    ])
    func anUnknownHomeIsInvalidHomeOnEveryRoute(path: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(path + "?home=%20Atlantis%20")

            #expect(response.status == .badRequest)
            #expect(try code(response) == "invalid_home")
        }
    }

    @Test(arguments: [
        "/?as_of=someday", "/?asOf=someday", "/dormant?as_of=someday", "/dormant?asOf=someday",
        "/api/v1/summary?as_of=someday", "/api/v1/summary?asOf=someday",
    ])
    func anUnreadableAsOfIsInvalidParameterUnderEitherName(uri: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(uri)

            #expect(response.status == .badRequest)
            #expect(try code(response) == "invalid_parameter")
            #expect(response.text.contains("someday"))
        }
    }

    @Test func asOfAndAsUnderscoreOfGiveTheSameAnswer() async throws {
        try await WebTestSite.run { site in
            let summary = try await site.get("/api/v1/summary?as_of=1985").text
            let summaryCamel = try await site.get("/api/v1/summary?asOf=1985").text
            let summaryToday = try await site.get("/api/v1/summary").text
            // As of 1983-06-01 with 3 years the cut-off is 1980-06-01: Nagoya (1978-12-21) and St. Louis (1979)
            // are old enough and have no exchange; Venice (1980, i.e. by 1980-12-31) is not yet.
            let dormant = try await site.get("/dormant?as_of=1983-06-01")
            let dormantCamel = try await site.get("/dormant?asOf=1983-06-01")

            #expect(summary == summaryCamel)
            #expect(summary != summaryToday)
            #expect(WebTestSite.rowIds(dormant.text).count == 2)
            #expect(Set(WebTestSite.rowIds(dormant.text)) == Set(WebTestSite.rowIds(dormantCamel.text)))
            #expect(
                dormantCamel.text.contains(
                    "name=\"as_of\" type=\"text\" placeholder=\"YYYY-MM-DD\" value=\"1983-06-01\""))
        }
    }

    @Test func theOverviewFormSendsAsUnderscoreOf() async throws {
        try await WebTestSite.run { site in
            let html = try await site.get("/?asOf=1985").text

            #expect(html.contains("name=\"as_of\""))
            #expect(!html.contains("name=\"asOf\""))
            #expect(html.contains("as_of=1985"))
        }
    }

    @Test(arguments: ["/charts", "/activity", "/anniversaries", "/api/v1/partnerships"])
    func anUnreadableFromIsInvalidParameterOnEveryRoute(path: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(path + "?from=yesterday")

            #expect(response.status == .badRequest)
            #expect(try code(response) == "invalid_parameter")
        }
    }

    @Test(arguments: ["/charts", "/activity", "/anniversaries"])
    func aBackwardPeriodIsInvalidParameterOnEveryRoute(path: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(path + "?from=2027-01-01&to=2026-01-01")

            #expect(response.status == .badRequest)
            #expect(try code(response) == "invalid_parameter")
        }
    }

    @Test func yearsIsRefusedOutsideOneToAHundred() async throws {
        try await WebTestSite.run { site in
            let tooMany = try await site.get("/dormant?years=101")
            let most = try await site.get("/dormant?years=100")

            #expect(tooMany.status == .badRequest)
            #expect(try code(tooMany) == "invalid_parameter")
            #expect(most.status == .ok)
        }
    }

    @Test(arguments: [
        "/partnerships", "/partnerships.csv", "/api/v1/partnerships", "/exchanges", "/exchanges.csv", "/audit",
    ])
    func aBadPageIsInvalidParameterOnEveryList(path: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(path + "?page=0")

            #expect(response.status == .badRequest)
            #expect(try code(response) == "invalid_parameter")
        }
    }

    @Test(arguments: ["/partnerships", "/api/v1/partnerships", "/exchanges"])
    func badPerAndSortAreInvalidParameterOnEveryList(path: String) async throws {
        try await WebTestSite.run { site in
            let per = try await site.get(path + "?per=0")
            let sort = try await site.get(path + "?sort=colour")

            #expect(try code(per) == "invalid_parameter")
            #expect(try code(sort) == "invalid_parameter")
        }
    }
}
