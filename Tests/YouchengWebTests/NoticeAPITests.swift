import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/api/v1/notices`: administrators send, writers of an addressed unit answer (a second answer replaces the first),
/// everyone signed in reads; bad fields are 422 naming them.
@Suite struct NoticeAPITests {
    /// The site's admin (unit of `admin`) plus editors `bob` and `carol` in units of their own, and a viewer.
    struct Units {
        let admin: Int64
        let bob: Int64
        let carol: Int64
    }

    func units(_ site: WebTestSite) async throws -> Units {
        try await site.createUser("bob", role: .editor)
        try await site.createUser("carol", role: .editor)
        try await site.createUser("vic", role: .viewer)
        return Units(
            admin: try await site.unitId(of: WebTestSite.adminName), bob: try await site.unitId(of: "bob"),
            carol: try await site.unitId(of: "carol"))
    }

    func send(_ site: WebTestSite, _ username: String, _ method: HTTPRequest.Method, _ uri: String, _ body: String = "")
        async throws -> TestResponse
    {
        let token = try await site.accounts.tokens.create(username: username, name: "t", by: .system).plaintext
        return try await site.signedOut.execute(
            uri: uri, method: method,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: method == .get ? nil : ByteBuffer(string: body))
    }

    func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func unitIds(_ value: Any?) -> [Int] { (value as? [[String: Any]])?.compactMap { $0["id"] as? Int } ?? [] }

    @Test func anAdminSendsANoticeToChosenUnitsAndItIsAudited() async throws {
        try await WebTestSite.run { site in
            let u = try await units(site)
            let body =
                #"{"title": "金泽市寻求中学结好", "body": "详见附件", "kind": "partnerRequest", "units": [\#(u.carol), \#(u.bob)], "deadline": "2026-11-30"}"#

            let response = try await send(site, "admin", .post, "/api/v1/notices", body)

            #expect(response.status == .created)
            let notice = try object(response)
            let id = try #require(notice["id"] as? Int)
            #expect(response.headers[.location] == "/api/v1/notices/\(id)")
            #expect(notice["kind"] as? String == "partnerRequest" && notice["deadline"] as? String == "2026-11-30")
            #expect(notice["allUnits"] as? Bool == false && notice["answered"] as? Int == 0)
            #expect(unitIds(notice["units"]) == [Int(u.bob), Int(u.carol)])
            #expect(unitIds(notice["unanswered"]) == [Int(u.bob), Int(u.carol)])
            let audit = try await site.accounts.audit.entries(AuditQuery(entityType: .notice, entityId: String(id)))
            #expect(audit.total == 1 && audit.items.first?.actor == "admin")
        }
    }

    @Test func allUnitsGoesToEveryActiveUnit() async throws {
        try await WebTestSite.run { site in
            let u = try await units(site)
            let vic = try await site.unitId(of: "vic")

            let response = try await send(
                site, "admin", .post, "/api/v1/notices", #"{"title": "展会邀请", "kind": "fairInvitation", "units": "all"}"#
            )

            #expect(response.status == .created)
            let notice = try object(response)
            #expect(notice["allUnits"] as? Bool == true && notice["deadline"] is NSNull)
            #expect(Set(unitIds(notice["units"])) == Set([u.admin, u.bob, u.carol, vic].map(Int.init)))
        }
    }

    @Test func badFieldsAreRefusedWith422NamingEachOfThem() async throws {
        try await WebTestSite.run { site in
            _ = try await units(site)
            let body = #"{"title": "", "kind": "meeting", "units": [], "deadline": "2026-11-22"}"#

            let response = try await send(site, "admin", .post, "/api/v1/notices", body)

            #expect(response.status == .unprocessableContent)
            let error = try #require(try object(response)["error"] as? [String: Any])
            let fields = (error["details"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
            #expect(fields == ["title", "kind", "deadline", "units"])
            let unknown = try await send(
                site, "admin", .post, "/api/v1/notices", #"{"title": "t", "kind": "fairInvitation", "units": [999]}"#)
            #expect(unknown.status == .unprocessableContent)
            let unknownError = try #require(try object(unknown)["error"] as? [String: Any])
            #expect(unknownError["field"] as? String == "units")
            let typo = try await send(site, "admin", .post, "/api/v1/notices", #"{"titel": "t"}"#)
            #expect(typo.status == .badRequest)
            #expect(
                try await site.services.notices.list(NoticeQuery(), today: Day(year: 2026, month: 11, day: 23)!).total
                    == 0)
        }
    }

    @Test func onlyAdminsSendNotices() async throws {
        try await WebTestSite.run { site in
            _ = try await units(site)
            let body = #"{"title": "t", "kind": "fairInvitation", "units": "all"}"#

            #expect(try await send(site, "bob", .post, "/api/v1/notices", body).status == .forbidden)
            #expect(try await send(site, "vic", .post, "/api/v1/notices", body).status == .forbidden)
        }
    }

    @Test func anEditorOfAnAddressedUnitAnswersAndASecondAnswerReplacesTheFirst() async throws {
        try await WebTestSite.run { site in
            let u = try await units(site)
            let sent = try await send(
                site, "admin", .post, "/api/v1/notices",
                #"{"title": "t", "kind": "comingDelegation", "units": [\#(u.bob), \#(u.carol)], "deadline": "2026-11-30"}"#
            )
            let id = try #require(try object(sent)["id"] as? Int)

            let first = try await send(
                site, "bob", .post, "/api/v1/notices/\(id)/responses",
                #"{"answer": "needInfo", "comment": "请提供日程", "contact": "王"}"#)
            let second = try await send(
                site, "bob", .post, "/api/v1/notices/\(id)/responses", #"{"answer": "interested", "contact": "王"}"#)

            #expect(first.status == .ok && second.status == .ok)
            let shown = try object(try await send(site, "vic", .get, "/api/v1/notices/\(id)"))
            let answers = try #require(shown["answers"] as? [[String: Any]])
            #expect(answers.count == 1)
            #expect(answers.first?["answer"] as? String == "interested" && answers.first?["comment"] as? String == "")
            #expect(unitIds(answers.map { $0["unit"] as Any }) == [Int(u.bob)])
            #expect(unitIds(shown["unanswered"]) == [Int(u.carol)])
            #expect(shown["answered"] as? Int == 1 && shown["addressed"] as? Int == 2)
            let audit = try await site.accounts.audit.entries(AuditQuery(entityType: .noticeResponse))
            #expect(audit.items.map(\.action) == [.update, .create])
        }
    }

    @Test func aUnitNotAddressedIsRefusedAdminsIncludedAndViewersNeverAnswer() async throws {
        try await WebTestSite.run { site in
            let u = try await units(site)
            let sent = try await send(
                site, "admin", .post, "/api/v1/notices",
                #"{"title": "t", "kind": "comingDelegation", "units": [\#(u.bob)]}"#)
            let id = try #require(try object(sent)["id"] as? Int)
            let answer = #"{"answer": "interested"}"#

            #expect(
                try await send(site, "carol", .post, "/api/v1/notices/\(id)/responses", answer).status == .forbidden)
            #expect(
                try await send(site, "admin", .post, "/api/v1/notices/\(id)/responses", answer).status == .forbidden)
            #expect(try await send(site, "vic", .post, "/api/v1/notices/\(id)/responses", answer).status == .forbidden)
            #expect(try await send(site, "bob", .post, "/api/v1/notices/999/responses", answer).status == .notFound)
            let bad = try await send(site, "bob", .post, "/api/v1/notices/\(id)/responses", #"{"answer": "maybe"}"#)
            #expect(bad.status == .unprocessableContent)
            #expect((try object(bad)["error"] as? [String: Any])?["field"] as? String == "answer")
            #expect(try await site.services.notices.notice(id: Int64(id))?.responses.isEmpty == true)
        }
    }

    @Test func theListPagesAndFiltersByUnitAndOpen() async throws {
        try await WebTestSite.run { site in
            let u = try await units(site)
            // Sent in order: one to bob with a deadline today, one to carol without, one to all due 2026-12-31.
            for body in [
                #"{"title": "A", "kind": "fairInvitation", "units": [\#(u.bob)], "deadline": "2026-11-23"}"#,
                #"{"title": "B", "kind": "fairInvitation", "units": [\#(u.carol)]}"#,
                #"{"title": "C", "kind": "fairInvitation", "units": "all", "deadline": "2026-12-31"}"#,
            ] {
                #expect(try await send(site, "admin", .post, "/api/v1/notices", body).status == .created)
                site.clock.advance(60)
            }
            func titles(_ query: String) async throws -> [String] {
                let page = try object(try await send(site, "vic", .get, "/api/v1/notices" + query))
                return (page["items"] as? [[String: Any]])?.compactMap { $0["title"] as? String } ?? []
            }

            #expect(try await titles("") == ["C", "B", "A"])
            #expect(try await titles("?unit=\(u.bob)") == ["C", "A"])
            #expect(try await titles("?open=1") == ["C", "B", "A"])  // A's deadline is today: still open
            #expect(try await titles("?open=0") == [])
            let page = try object(try await send(site, "vic", .get, "/api/v1/notices?per=2&page=2"))
            #expect(page["total"] as? Int == 3 && page["page"] as? Int == 2 && page["per"] as? Int == 2)
            #expect((page["items"] as? [[String: Any]])?.count == 1)
            #expect(try await send(site, "vic", .get, "/api/v1/notices?open=maybe").status == .badRequest)
        }
    }
}
