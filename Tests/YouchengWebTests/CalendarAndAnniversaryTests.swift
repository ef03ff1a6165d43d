import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/anniversaries` and the calendar feed, as of 2026-11-23, with Tampere established 2017-03-01 (its 10th on
/// 2027-03-01) and an exchange starting 2027-01-10.
@Suite struct CalendarAndAnniversaryTests {
    func seeded(_ site: WebTestSite) async throws -> (partnership: Int64, exchange: Int64) {
        let draft = PartnershipDraft(
            homeCode: "320100", partnerName: "Tampere", partnerNameZh: "坦佩雷", country: "FI", kind: .friendshipCity,
            established: PartialDate(year: 2017, month: 3, day: 1), status: .active, notes: "")
        let record = try await site.store.save(draft, id: nil, expectedVersion: nil, actor: .system)
        let exchange = try await site.exchanges.save(
            ExchangeDraft(
                title: "Tampere visit", start: Day(parsing: "2027-01-10")!, end: Day(parsing: "2027-01-12")!,
                kind: .incomingDelegation, partnerIds: [record.partner.id]),
            id: nil, expectedVersion: nil, actor: .system)
        return (record.partnership.id, exchange.id)
    }

    func token(_ response: TestResponse) -> String? {
        guard let range = response.text.range(of: "token=ycc_") else { return nil }
        return "ycc_" + response.text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    @Test func anniversariesPageListsTheRoundOnesOfThePeriod() async throws {
        try await WebTestSite.run { site in
            let ids = try await seeded(site)

            let next = try await site.get("/anniversaries")
            let later = try await site.get("/anniversaries?from=2028-01-01&to=2028-12-31")
            let backward = try await site.get("/anniversaries?from=2027-01-01&to=2026-01-01")

            // The next 12 months (to 2027-11-22): only Tampere's 10th; 2028: Nagoya's 50th (1978) and Leipzig's 40th
            // (1988), both year-only or dated in the sample.
            #expect(WebTestSite.rowIds(next.text) == [ids.partnership])
            #expect(next.text.contains("data-years=\"10\""))
            #expect(later.text.contains("data-years=\"50\"") && later.text.contains("data-years=\"40\""))
            #expect(backward.status == .badRequest)
        }
    }

    @Test func theFeedNeedsAValidLinkAndHoldsAnniversariesAndExchanges() async throws {
        try await WebTestSite.run { site in
            let ids = try await seeded(site)
            let made = try await site.post("/calendar", form: [])
            let link = try #require(token(made))

            let feed = try await site.signedOut.get("/calendar.ics?token=\(link)")
            let wrong = try await site.signedOut.get(
                "/calendar.ics?token=\(link.dropLast())\(link.last == "0" ? "1" : "0")")
            let none = try await site.signedOut.get("/calendar.ics")

            #expect(made.status == .ok && made.text.contains("id=\"calendar-url\""))
            #expect(feed.status == .ok && feed.headers[.contentType]?.hasPrefix("text/calendar") == true)
            let lines = ICalendarTestsSupport.unfold(feed.text)
            #expect(lines.contains("UID:anniversary-\(ids.partnership)-10@youcheng"))
            #expect(lines.contains("DTSTART;VALUE=DATE:20270301"))
            #expect(
                lines.contains("UID:exchange-\(ids.exchange)@youcheng") && lines.contains("DTEND;VALUE=DATE:20270113"))
            #expect(wrong.status == .notFound && none.status == .notFound)

            let remade = try await site.post("/calendar", form: [])
            let old = try await site.signedOut.get("/calendar.ics?token=\(link)")
            _ = try await site.post("/calendar/revoke", form: [])
            let revoked = try await site.signedOut.get("/calendar.ics?token=\(try #require(token(remade)))")
            #expect(old.status == .notFound && revoked.status == .notFound)
        }
    }

    @Test func makingALinkNeedsTheFormsToken() async throws {
        try await WebTestSite.run { site in
            let refused = try await site.post("/calendar", form: [("_csrf", "wrong")])

            #expect(refused.status == .forbidden)
        }
    }
}

/// Unfolding for tests outside the Core test target.
enum ICalendarTestsSupport {
    static func unfold(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
            // Scalar by scalar: a fold may fall before a combining mark, which joins the space into one Character.
            if line.unicodeScalars.first == " ", !lines.isEmpty {
                lines[lines.count - 1] += String(line.unicodeScalars.dropFirst())
            } else {
                lines.append(line)
            }
        }
        return lines
    }
}
