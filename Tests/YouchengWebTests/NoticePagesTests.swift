import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/notices`, `/notices/new`, `/notices/{id}`: sending from the form, answering from the notice page, who sees
/// which form, and the answer rate table.
@Suite struct NoticePagesTests {
    func sendNotice(
        _ site: WebTestSite, title: String = "金泽市寻求中学结好", units: [Int64], deadline: String? = "2026-11-30"
    ) async throws -> NoticeDetail {
        try await site.services.notices.create(
            NoticeDraft(
                title: title, body: "第一行\n<b>第二行</b>", kind: .partnerRequest,
                deadline: deadline.flatMap(Day.init(parsing:)), addressees: .units(units)),
            by: AuditActor(username: "admin", unitId: nil))
    }

    @Test func anAdminSendsANoticeFromTheFormToTheChosenUnits() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            let bob = try await site.unitId(of: "bob")

            let form = try await site.get("/notices/new")
            let sent = try await site.post(
                "/notices",
                form: [
                    ("title", "展会邀请"), ("kind", "fairInvitation"), ("deadline", "2026-12-01"), ("partner", ""),
                    ("body", "请报名"), ("units", String(bob)),
                ])

            #expect(form.status == .ok && form.text.contains("name=\"units\" value=\"\(bob)\""))
            #expect(sent.status == .seeOther)
            let location = try #require(sent.headers[.location])
            let stored = try #require(
                try await site.services.notices.list(NoticeQuery(), today: Day(year: 2026, month: 11, day: 23)!).items
                    .first)
            #expect(location == "/notices/\(stored.notice.id)?sent=1")
            #expect(stored.notice.unitIds == [bob] && stored.notice.kind == .fairInvitation)
            let page = try await site.get(location).text
            #expect(page.contains("展会邀请") && page.contains("id=\"saved-notice\""))
        }
    }

    @Test func aRefusedFormKeepsTheInputAndNamesEachField() async throws {
        try await WebTestSite.run { site in
            let response = try await site.post(
                "/notices", form: [("title", "保留的标题"), ("kind", "fairInvitation"), ("deadline", "2026-11-22")])

            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("value=\"保留的标题\""))
            #expect(html.contains("id=\"error-deadline\"") && html.contains("id=\"error-units\""))
            #expect(!html.contains("id=\"error-title\""))
        }
    }

    @Test func editorsAndViewersCannotSend() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            let bob = site.as(try await site.signIn("bob"))

            #expect(try await bob.get("/notices/new").status == .forbidden)
            #expect(
                try await bob.post("/notices", form: [("title", "t"), ("kind", "fairInvitation"), ("all_units", "1")])
                    .status == .forbidden)
            #expect(!(try await bob.get("/notices").text.contains("href=\"/notices/new\"")))
        }
    }

    @Test func anEditorOfAnAddressedUnitAnswersAndSeesTheFormPrefilled() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("carol", role: .editor)
            let bobUnit = try await site.unitId(of: "bob")
            let carolUnit = try await site.unitId(of: "carol")
            let notice = try await sendNotice(site, units: [bobUnit, carolUnit])
            let bob = site.as(try await site.signIn("bob"))
            let uri = "/notices/\(notice.notice.id)"

            let answered = try await bob.post(
                uri + "/responses", form: [("answer", "needInfo"), ("comment", "请提供学校名单"), ("contact", "王老师")])
            let page = try await bob.get(uri).text

            #expect(answered.status == .seeOther)
            #expect(answered.headers[.location] == uri + "?answered=1#answer-form")
            #expect(page.contains("<option value=\"needInfo\" selected>"))
            #expect(page.contains(">请提供学校名单</textarea>") && page.contains("value=\"王老师\""))
            #expect(page.contains("id=\"current-answer\""))
            // carol's unit has not answered: listed under the unanswered, not overdue before the deadline.
            let unanswered = try #require(page.range(of: "id=\"unanswered\"")).upperBound
            #expect(page[unanswered...].contains("单位carol"))
            #expect(!page.contains("class=\"overdue\""))
        }
    }

    @Test func aUserWhoseUnitIsNotAddressedSeesNoFormAndIsRefused() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("carol", role: .editor)
            let notice = try await sendNotice(site, units: [try await site.unitId(of: "bob")])
            let carol = site.as(try await site.signIn("carol"))
            let uri = "/notices/\(notice.notice.id)"

            #expect(!(try await carol.get(uri).text.contains("id=\"answer-form\"")))
            // The admin's unit is not addressed either.
            #expect(!(try await site.get(uri).text.contains("id=\"answer-form\"")))
            #expect(try await carol.post(uri + "/responses", form: [("answer", "interested")]).status == .forbidden)
            #expect(try await site.post(uri + "/responses", form: [("answer", "interested")]).status == .forbidden)
            #expect(try await site.services.notices.notice(id: notice.notice.id)?.responses.isEmpty == true)
        }
    }

    @Test func silenceIsMarkedOverdueOnlyAfterTheDeadlineDay() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            let bob = try await site.unitId(of: "bob")
            // The site's today is 2026-11-23: one notice is due today, one was due the day before.
            let dueToday = try await sendNotice(site, title: "今天截止", units: [bob], deadline: "2026-11-23")
            let dueYesterday = try await sendNotice(site, title: "昨天截止", units: [bob], deadline: "2026-11-22")

            let today = try await site.get("/notices/\(dueToday.notice.id)").text
            let past = try await site.get("/notices/\(dueYesterday.notice.id)").text
            let list = try await site.get("/notices").text

            #expect(!today.contains("id=\"overdue\"") && today.contains("（未截止）"))
            #expect(past.contains("id=\"overdue\"") && past.contains("（已截止）"))
            #expect(past.contains("<li class=\"overdue\">单位bob"))
            #expect(list.contains("<tr data-notice-id=\"\(dueYesterday.notice.id)\" class=\"overdue\">"))
            #expect(list.contains("<tr data-notice-id=\"\(dueToday.notice.id)\">"))
        }
    }

    @Test func theListShowsAnsweredOfAddressedAndTheAnswerRatesOfTheYear() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("carol", role: .editor)
            let bobUnit = try await site.unitId(of: "bob")
            let carolUnit = try await site.unitId(of: "carol")
            let notice = try await sendNotice(site, units: [bobUnit, carolUnit])
            _ = try await site.services.notices.respond(
                noticeId: notice.notice.id, unitId: bobUnit, NoticeResponseDraft(answer: .interested),
                by: AuditActor(username: "bob", unitId: bobUnit))
            // Due the day before the site's today (2026-11-23), answered by neither.
            _ = try await sendNotice(site, title: "昨天截止", units: [carolUnit], deadline: "2026-11-22")

            let html = try await site.get("/notices?year=2026").text

            #expect(html.contains("1 / 2 个单位已回复"))
            let rates = try #require(html.range(of: "id=\"rates-table\"")).upperBound
            let table = html[rates...]
            // bob answered on time: 1 of 1, 100 %. carol may still answer the first notice (due 30 November), so
            // only the one past its deadline counts: 0 of 1, 0 %.
            #expect(
                table.contains(
                    "单位bob</td><td class=\"num addressed\">1</td><td class=\"num on-time\">1</td><td class=\"num percent\">100%"
                ))
            #expect(
                table.contains(
                    "单位carol</td><td class=\"num addressed\">1</td><td class=\"num on-time\">0</td><td class=\"num percent\">0%"
                ))
            #expect(try await site.get("/notices?year=2025").text.contains("id=\"rates-empty\""))
            #expect(try await site.get("/notices?year=abc").status == .badRequest)
        }
    }

    @Test func theAuditLogShowsAnAnswerChangeUnderTheFormsLabelsAndNames() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            let bobUnit = try await site.unitId(of: "bob")
            let notice = try await sendNotice(site, units: [bobUnit])
            let bob = site.as(try await site.signIn("bob"))
            let uri = "/notices/\(notice.notice.id)/responses"
            _ = try await bob.post(uri, form: [("answer", "needInfo")])
            _ = try await bob.post(uri, form: [("answer", "interested")])

            let html = try await site.get("/audit?entity=noticeResponse").text

            #expect(html.contains("data-entity=\"noticeResponse:\(notice.notice.id)/\(bobUnit)\""))
            #expect(
                html.contains(
                    "<span class=\"change-field\">答复</span>: <span class=\"change-before\">需更多信息</span> → "
                        + "<span class=\"change-after\">有意对接</span>"))
        }
    }

    @Test func anEmptyListSaysWhatToDo() async throws {
        try await WebTestSite.run { site in
            let html = try await site.get("/notices").text

            #expect(html.contains("id=\"empty-state\"") && html.contains("发送通知"))
        }
    }
}
