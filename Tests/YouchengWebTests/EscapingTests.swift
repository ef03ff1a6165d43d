import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// Text that pairs a quote, an apostrophe or a `<` with a combining mark (U+0301) must come back escaped wherever it
/// enters: every query parameter and form field of every page, and stored data shown on lists, the partner page, the
/// map, charts, the annual report and the audit log. A combining mark makes the quote and the mark one `Character`,
/// which an escaper comparing `Character`s lets through, while the browser, reading scalars, ends the attribute.
@Suite struct EscapingTests {
    /// The issue's example: `/login?next=/%22%CC%81%20autofocus%20onfocus%3Dalert(1)%20x%3D`, decoded.
    static let issueText = "/\"\u{301} autofocus onfocus=alert(1) x="
    /// The issue's text with an apostrophe, a tag and the iCalendar separators, each before a combining mark.
    static let payload = issueText + " '\u{301}<\u{301}i>,\u{301};\u{301}"
    /// The payload as sent in queries and forms: marked apart from the stored one, so a test can tell it came back.
    static let sent = payload.replacingOccurrences(of: "alert(1)", with: "alert(2)")

    /// The places in `body` where a quote, apostrophe or `<` stands raw before U+0301 (searched in the UTF-8, so
    /// `Character` grouping cannot hide one).
    static func rawMarks(_ body: String) -> [String] {
        let bytes = Array(body.utf8)
        guard bytes.count > 2 else { return [] }
        return (0..<(bytes.count - 2)).compactMap { index in
            guard bytes[index + 1] == 0xCC, bytes[index + 2] == 0x81,
                [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<")].contains(bytes[index])
            else { return nil }
            let from = max(0, index - 60)
            return String(decoding: bytes[from..<min(bytes.count, index + 40)], as: UTF8.self)
        }
    }

    /// Fails, naming `what`, when the answer is a 500 or an HTML answer with a raw quote before the mark; returns
    /// whether the answer showed the sent payload (escaped), so a test can tell that it did arrive.
    @discardableResult
    static func check(_ what: String, _ response: TestResponse) -> Bool {
        #expect(response.status != .internalServerError, "\(what): 500")
        guard response.headers[.contentType]?.hasPrefix("text/html") == true else { return false }
        let marks = rawMarks(response.text)
        #expect(marks.isEmpty, "\(what): unescaped \(marks)")
        return response.text.contains("autofocus onfocus=alert(2)")
    }

    /// `site` after storing the payload as a partner, a unit, an exchange and a note (so pages that show stored data
    /// carry it), with one more partner whose name starts with `=` and a combining mark.
    static func storePayload(_ site: WebTestSite) async throws {
        let partner = try await site.store.save(
            PartnershipDraft(
                homeCode: "320100", partnerName: payload, partnerNameZh: payload, country: "FI", kind: .friendshipCity,
                established: PartialDate(year: 2017, month: 3, day: 1), status: .active, notes: payload),
            id: nil, expectedVersion: nil, actor: .system)
        _ = try await site.store.save(
            PartnershipDraft(
                homeCode: "320100", partnerName: "=\u{301}1+1", partnerNameZh: "", country: "NO", kind: .friendshipCity,
                established: PartialDate(year: 2000), status: .active, notes: ""),
            id: nil, expectedVersion: nil, actor: .system)
        let unit = try await site.accounts.units.create(
            UnitDraft(nameZh: payload, nameEn: payload, kind: .bureau, homeCode: nil, contactPerson: payload),
            by: .system)
        _ = try await site.exchanges.save(
            ExchangeDraft(
                title: payload, start: Day(parsing: "2026-12-10")!, end: Day(parsing: "2026-12-12")!,
                kind: .outgoingDelegation, partnerIds: [partner.partner.id], countries: ["FI"], unitId: unit.id,
                outcomes: payload),
            id: nil, expectedVersion: nil, actor: .system)
        let notice = try await site.services.notices.create(
            NoticeDraft(
                title: payload, body: payload, kind: .partnerRequest, partnerId: partner.partner.id,
                deadline: Day(parsing: "2026-11-20"), addressees: .all),
            by: .system)
        _ = try await site.services.notices.respond(
            noticeId: notice.notice.id, unitId: unit.id,
            NoticeResponseDraft(answer: .needInfo, comment: payload, contact: payload), by: .system)
        _ = try await site.services.meetings.create(
            JointMeetingDraft(
                date: Day(parsing: "2026-11-20")!, kind: .topical, title: payload, convenor: payload, place: payload,
                agenda: [AgendaItem(text: payload, link: AgendaLink(.notice, id: notice.notice.id))],
                attendance: [unit.id: .deputy], minutes: payload),
            by: .system)
        try await storePlanPayload(site, unitId: unit.id)
        try await storeProjectPayload(site, partnerId: partner.partner.id, unitId: unit.id)
        _ = try await site.services.prospects.create(
            ProspectDraft(
                name: payload, nameZh: payload, country: "FI", homeCode: "320100", unitId: unit.id, themes: [payload],
                notes: payload),
            stage: .contacted, date: Day(parsing: "2026-11-01"), today: Day(parsing: "2026-11-23")!, by: .system)
    }

    /// A plan, a task led by the admin's unit with `unitId` cooperating (so the admin sees the report form) and a
    /// report, each carrying the payload.
    static func storePlanPayload(_ site: WebTestSite, unitId: Int64) async throws {
        let plans = site.services.plans
        let plan = try await plans.createPlan(
            PlanDraft(title: payload, from: Day(parsing: "2026-01-01")!, to: Day(parsing: "2026-12-31")!),
            actor: .system)
        let admin = try await site.unitId(of: WebTestSite.adminName)
        let task = try await plans.createTask(
            PlanTaskDraft(
                number: "1", title: payload, description: payload, leadUnitId: admin, cooperatingUnitIds: [unitId],
                due: Day(parsing: "2026-06-30"), domains: [payload], partners: [payload], target: payload),
            planId: plan.id, actor: .system)
        _ = try await plans.addReport(
            ProgressReportDraft(
                date: Day(parsing: "2026-11-01")!, status: .inProgress, progress: 50, text: payload, nextSteps: payload),
            taskId: task.id, unitId: unitId, actor: .system)
    }

    @Test func payloadInEveryQueryParameterAndFormFieldComesBackEscaped() async throws {
        try await WebTestSite.run { site in
            try await Self.storePayload(site)
            _ = try await site.post("/calendar", form: [])  // so the page shows its revoke form too
            let crawl = try await SiteCrawl.run(site) { Self.check($0, $1) }

            let queries = try await Self.sendToEveryQuery(site, crawl)
            let forms = try await Self.sendToEveryForm(site, crawl)
            // What the forms stored, shown again.
            _ = try await SiteCrawl.run(site) { Self.check($0, $1) }

            // The payload arrived, rather than bouncing off a refusal: filters show it back in their fields, and
            // forms refused for another field keep it in theirs.
            #expect(
                queries.isSuperset(of: [
                    WebRoute(RegistryRoute.partnerships), WebRoute(ExchangeRoute.exchanges), WebRoute(MapRoute.map),
                    WebRoute(AuditRoute.audit), WebRoute(ReportRoute.anniversaries), WebRoute(ExchangeRoute.activity),
                ]))
            let saving: Set<WebRoute> = [
                WebRoute(RegistryRoute.createPartnership), WebRoute(RegistryRoute.updatePartnership(id: 0)),
                WebRoute(ExchangeRoute.createExchange), WebRoute(ExchangeRoute.updateExchange(id: 0)),
                WebRoute(AccountRoute.createUnit),
                WebRoute(AccountRoute.updateUnit(id: 0)), WebRoute(AccountRoute.createUser),
                WebRoute(ReportRoute.peersAdd), WebRoute(MapRoute.setPartnerPlace(id: 0)),
                WebRoute(NoticeRoute.createNotice), WebRoute(NoticeRoute.answerNotice(id: 0)),
                WebRoute(MeetingRoute.createMeeting),
            ]
            #expect(forms.isSuperset(of: saving))
        }
    }

    @Test func crawlReachesEveryPageAndEveryFormOfTheRoutes() async throws {
        try await WebTestSite.run { site in
            try await Self.storePayload(site)
            _ = try await site.post("/calendar", form: [])
            let crawl = try await SiteCrawl.run(site) { _, _ in }

            let pages = WebRoute.all.filter(SiteCrawl.isPage)
            #expect(pages.filter { crawl.pages[$0] == nil }.isEmpty)
            // POST routes whose form the crawl cannot see, each checked elsewhere.
            let elsewhere: Set<WebRoute> = [
                // The sign-in form shows signed out: `signInPageKeepsTheIssuesNextInsideItsAttribute`.
                WebRoute(AccountRoute.signIn),
                // A file upload: `uploadedPayloadIsEscapedInTheImportReport`.
                WebRoute(ImportRoute.importPreview), WebRoute(ImportRoute.importConfirm),
                // Shown for a locked user only; its form holds nothing but the CSRF token.
                WebRoute(AccountRoute.unlockUser(id: 0)),
            ]
            let posts = WebRoute.all.filter {
                $0.method == .post && !$0.path.hasPrefix(WebRoute.apiPrefix) && !elsewhere.contains($0)
            }
            #expect(posts.filter { crawl.forms[$0] == nil }.isEmpty)
            #expect(crawl.allNames.isSuperset(of: ["q", "sort", "from", "to", "home", "lang"]))
        }
    }
}
