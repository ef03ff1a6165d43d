import Foundation
import Hummingbird
import YouchengCore
import YouchengStore

/// The calendar feed: `GET /calendar` explains it and offers a personal link (`POST /calendar` makes a new one and
/// shows it once, `POST /calendar/revoke` ends it); `GET /calendar.ics?token=…` is the feed itself, open without a
/// session (calendar programs cannot sign in) but only with a valid link: the next 12 months' round anniversaries
/// and the exchanges starting in them.
struct CalendarPages: Sendable {
    let dependencies: WebDependencies

    var feeds: CalendarFeedStore { dependencies.accounts.calendarFeeds }

    func settings(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try await render(link: nil, request: request, context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        _ = try await request.postedForm(.action, context)
        guard let account = context.account else { throw WebError.unauthorized }
        let token = try await feeds.create(for: account.user, by: try context.auditActor())
        return try await render(link: token, request: request, context: context)
    }

    func revoke(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        _ = try await request.postedForm(.action, context)
        guard let account = context.account else { throw WebError.unauthorized }
        try await feeds.revoke(for: account.user, by: try context.auditActor())
        return Response(status: .seeOther, headers: [.location: CalendarRoute.calendarSettings.link()])
    }

    func feed(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        guard let token = try request.queryString()["token"], try await feeds.verify(token) != nil else {
            throw WebError.notFound
        }
        let today = dependencies.todayDay
        let last = today.lastOfTwelveMonths ?? today
        let anniversaries = try await dependencies.reports.anniversaries(from: today, to: last, home: nil)
        let exchanges = try await dependencies.exchanges.exchanges(from: today, to: last)
        let names = Dictionary(
            try await dependencies.repository.partners().map { ($0.id, $0.nameZh.isEmpty ? $0.name : $0.nameZh) },
            uniquingKeysWith: { first, _ in first })
        let events = CalendarFeed.events(anniversaries: anniversaries, exchanges: exchanges, partnerNames: names)
        let text = ICalendar.write(events, name: "友城 Youcheng", now: dependencies.now())
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func render(link token: String?, request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.account else { throw WebError.unauthorized }
        let language = context.language
        let catalog = dependencies.renderer.catalog
        let view = CalendarView(
            title: catalog.text("calendar_title", language),
            link: token.map { CalendarView.absolute(request, CalendarRoute.calendarFeed.link([("token", $0)])) },
            hasLink: try await feeds.exists(for: account.user), createAction: CalendarRoute.calendarCreate.link(),
            revokeAction: CalendarRoute.calendarRevoke.link())
        return try await dependencies.renderer.page(
            "calendar", title: view.title, content: view,
            frame: PageFrame(request: request, context: context, switchTo: CalendarRoute.calendarSettings))
    }
}

/// The calendar page's view model.
struct CalendarView: Sendable {
    let title: String
    /// The new link, shown once right after it was made.
    let link: String?
    /// Whether the user has a link (made earlier or just now).
    let hasLink: Bool
    let createAction: String
    let revokeAction: String

    /// `path` on the host the request came to, for pasting into a calendar program.
    static func absolute(_ request: Request, _ path: String) -> String {
        let forwarded = request.headers[HTTPFields.Element.Name("X-Forwarded-Proto")!]
        let scheme = forwarded == "https" ? "https" : "http"
        guard let host = request.head.authority else { return path }
        return "\(scheme)://\(host)\(path)"
    }
}
