import Foundation
import Testing
import YouchengCore

@Suite struct APITests {
    @Test func partnershipsJSONHasTheDocumentedShape() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/api/v1/partnerships?country=JP&sort=established&per=2")

            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect(Set(json.keys) == ["items", "page", "per", "total"])
            #expect(json["total"] as? Int == 3 && json["page"] as? Int == 1 && json["per"] as? Int == 2)
            let items = try #require(json["items"] as? [[String: Any]])
            #expect(items.count == 2)
            let first = try #require(items.first)
            #expect(
                Set(first.keys) == [
                    "id", "home", "partner", "country", "kind", "established", "status", "notes", "version",
                ])
            #expect(first["home"] as? [String: String] == ["code": "320100", "name": "南京市"])
            let partner = try #require(first["partner"] as? [String: Any])
            #expect(partner["name"] as? String == "Nagoya" && partner["nameZh"] as? String == "名古屋市")
            #expect(partner["id"] as? Int != nil)
            #expect(first["country"] as? String == "JP" && first["kind"] as? String == "sisterCity")
            #expect(first["established"] as? String == "1978-12-21" && first["status"] as? String == "active")
        }
    }

    @Test func summaryJSONIsTheSummaryOfTheScope() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/api/v1/summary?home=320100&asOf=2026-11-23")

            let entries = try await site.store.summaryEntries(
                homeCodes: ReferenceData.bundled.localities.subtree(of: "320100"),
                asOf: PartialDate(year: 2026, month: 11, day: 23)!)
            let expected = SituationSummary(
                entries: entries, catalog: ReferenceData.bundled.countries, asOf: "2026-11-23",
                home: ReferenceData.bundled.localities.locality("320100"))
            #expect(response.status == .ok)
            // Compared as objects: JSONEncoder on Linux does not keep key order.
            let served = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? NSDictionary
            let direct = try JSONSerialization.jsonObject(with: try expected.jsonData(pretty: false)) as? NSDictionary
            #expect(served != nil && served == direct)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect(json["partnerships"] as? Int == 6)  // Suzhou's and the ended one left out
            #expect(json["asOf"] as? String == "2026-11-23")
        }
    }

    @Test func summaryDefaultsToTodayInTheConfiguredTimeZone() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/api/v1/summary")

            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect(json["asOf"] as? String == "2026-11-23")
            #expect(json["home"] is NSNull)
        }
    }

    @Test func apiErrorsAreJSONWithCodeMessageAndField() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/api/v1/partnerships?page=abc&lang=en")

            #expect(response.status == .badRequest)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let error = try #require(json["error"] as? [String: Any])
            #expect(error["code"] as? String == "invalid_parameter")
            #expect(error["field"] as? String == "page")
            #expect((error["message"] as? String)?.contains("must be a page number") == true)
        }
    }

    @Test func unknownAPIPathIsAJSON404() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/api/v1/nothing")

            #expect(response.status == .notFound)
            #expect(response.text.contains("\"code\":\"not_found\""))
            #expect(response.text.contains("\"field\":null"))
        }
    }

    @Test func healthSaysOkWhenTheDatabaseAnswers() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/health")

            #expect(response.status == .ok)
            #expect(response.text == #"{"status":"ok","database":"ok"}"#)
        }
    }

    @Test func healthIs503WhenTheDatabaseDoesNotAnswer() async throws {
        try await WebTestSite.run(healthy: false) { site in
            let response = try await site.get("/health")

            #expect(response.status == .serviceUnavailable)
            #expect(response.text.contains("\"database\":\"unreachable\""))
        }
    }

    @Test func headOfHealthIsAnsweredWithoutABody() async throws {
        try await WebTestSite.run { site in
            let response = try await site.execute(uri: "/health", method: .head)

            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(response.body.readableBytes == 0)
        }
    }

    @Test func badFilterInTheAPIIsStillAPlainBadRequest() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/api/v1/partnerships?from=abc")

            #expect(response.status == .badRequest)
            #expect(response.text.contains("\"field\":\"from\""))
        }
    }
}
