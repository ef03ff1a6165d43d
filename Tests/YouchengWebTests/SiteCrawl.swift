import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import YouchengWeb

/// The site as a signed-in browser finds it: every page reachable by links from the routes without an `{id}`, the
/// forms on those pages and the query names in their links, forms and redirects. Derived from `WebRoute.all` and
/// the pages themselves, so a new route or form is covered without editing a list.
struct SiteCrawl {
    /// One visited path per GET route that answers a page, with the query names seen for that route.
    var pages: [WebRoute: (path: String, names: Set<String>)] = [:]
    /// One form per (method, route) found on the pages, with the path it was found on.
    var forms: [WebRoute: PageForm] = [:]
    /// Every query name seen anywhere.
    var allNames: Set<String> = []

    /// How many distinct URLs of one route are visited (ids and queries vary; one or two say all about escaping).
    static let visitsPerRoute = 3

    /// GET routes not crawled as pages: files, JSON (every path under `/api/`, whichever group declares it) and the
    /// calendar feed (each checked by its own test).
    static func isPage(_ route: WebRoute) -> Bool {
        route.method == .get && !route.path.hasPrefix(WebRoute.apiPrefix) && !notPages.contains(route)
    }

    /// The GET routes outside the JSON API that answer something else than a page (as listed in their group's `all`).
    static let notPages: Set<WebRoute> = [
        WebRoute(SystemRoute.asset("")), WebRoute(SystemRoute.health), WebRoute(CalendarRoute.calendarFeed),
        WebRoute(RegistryRoute.export(.csv)), WebRoute(RegistryRoute.export(.xlsx)),
        WebRoute(ExchangeRoute.exchangeExport(.csv)), WebRoute(ExchangeRoute.exchangeExport(.xlsx)),
        WebRoute(ProjectRoute.projectsCSV), WebRoute(ProjectRoute.projectsXLSX), WebRoute(ProjectRoute.projectsJSON),
    ]

    /// Crawls the site in `site`'s session, calling `check` on every answer.
    static func run(
        _ site: WebTestSite, check: (String, TestResponse) throws -> Void
    ) async throws -> SiteCrawl {
        var crawl = SiteCrawl()
        var queue = WebRoute.all.filter { isPage($0) && !$0.pattern.contains("{") }.map(\.path)
        var seen = Set(queue)
        var visits: [WebRoute: Int] = [:]
        while !queue.isEmpty {
            let link = queue.removeFirst()
            let (path, names) = HTMLScan.split(link)
            guard let route = route(path: path, method: .get), isPage(route),
                visits[route, default: 0] < visitsPerRoute
            else { continue }
            visits[route, default: 0] += 1
            let response = try await site.get(link)
            try check(link, response)
            crawl.note(route: route, path: path, names: names)
            if let location = response.headers[.location] { crawl.noteLink(location) }
            for found in HTMLScan.links(response.text) {
                crawl.noteLink(found)
                if seen.insert(found).inserted { queue.append(found) }
            }
            for form in PageForm.all(in: response.text) {
                let (action, actionNames) = HTMLScan.split(form.action.isEmpty ? link : form.action)
                let method: HTTPRequest.Method = form.method == "post" ? .post : .get
                guard let target = Self.route(path: action, method: method) else { continue }
                if method == .get {
                    crawl.note(route: target, path: action, names: actionNames + form.fields.map(\.0))
                } else if crawl.forms[target] == nil {
                    crawl.forms[target] = PageForm(method: form.method, action: action, fields: form.fields)
                }
            }
        }
        return crawl
    }

    /// Records a link's query names for its route.
    mutating func noteLink(_ link: String) {
        let (path, names) = HTMLScan.split(link)
        guard let route = Self.route(path: path, method: .get) else { return }
        note(route: route, path: path, names: names)
    }

    private mutating func note(route: WebRoute, path: String, names: [String]) {
        allNames.formUnion(names)
        guard Self.isPage(route) else { return }
        pages[route, default: (path, [])].names.formUnion(names)
    }

    /// The route `path` belongs to for `method`, matched against the registered patterns.
    static func route(path: String, method: HTTPRequest.Method) -> WebRoute? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return WebRoute.all.first { route in
            let pattern = route.pattern.split(separator: "/", omittingEmptySubsequences: false)
            return route.method == method && pattern.count == parts.count
                && zip(pattern, parts).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }
}
