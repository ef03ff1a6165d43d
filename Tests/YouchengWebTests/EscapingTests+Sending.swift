import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// Sending the payload through every query name and form field the crawl found.
extension EscapingTests {
    /// Names pages read but link only in states the sample does not reach (a second page of results, the notice after
    /// saving or deleting).
    static let unlinkedNames: Set<String> = ["page", "per", "saved", "deleted"]

    /// Requests every crawled page with each of its query names (and an unknown one) set to the payload, then with
    /// every name seen anywhere at once; returns the routes whose answer showed it.
    static func sendToEveryQuery(_ site: WebTestSite, _ crawl: SiteCrawl) async throws -> Set<WebRoute> {
        var echoed: Set<WebRoute> = []
        let everyName = crawl.allNames.union(unlinkedNames).sorted()
        for (route, page) in crawl.pages {
            for name in page.names.union(unlinkedNames).sorted() + ["unknown"] {
                let link = page.path + "?" + QueryString([(name, sent)]).encoded
                if check("\(route) \(name)", try await site.get(link)) { echoed.insert(route) }
            }
            let everything = page.path + "?" + QueryString(everyName.map { ($0, sent) }).encoded
            check("\(route) all names", try await site.get(everything))
        }
        return echoed
    }

    /// Submits every crawled form with each field in turn set to the payload (the others as the page filled them),
    /// then all fields at once with a different ending each (so a password and its repetition never agree), then
    /// with the payload as the CSRF token; returns the routes whose answer showed it.
    static func sendToEveryForm(_ site: WebTestSite, _ crawl: SiteCrawl) async throws -> Set<WebRoute> {
        var echoed: Set<WebRoute> = []
        // Changing the signed-in admin's own password would end the session: that form goes to another user.
        let other = try await site.createUser("other", role: .viewer)
        let forms = crawl.forms.filter {
            ![WebRoute(AccountRoute.logout), WebRoute(AccountRoute.signIn)].contains($0.key)
        }.sorted {
            $0.value.action < $1.value.action
        }
        for (route, found) in forms {
            let action =
                route == WebRoute(AccountRoute.setUserPassword(id: 0))
                ? AccountRoute.setUserPassword(id: other.id).path : found.action
            let form = PageForm(method: found.method, action: action, fields: found.fields)
            for (index, field) in form.fields.enumerated() where field.0 != "_csrf" {
                var fields = form.fields
                fields[index].1 = sent
                if try await submit(site, form, fields, what: "\(form.action) \(field.0)") { echoed.insert(route) }
            }
            let all = form.fields.enumerated().map { $1.0 == "_csrf" ? $1 : ($1.0, sent + "\($0)") }
            try await submit(site, form, all, what: "\(form.action) all fields")
            let token = form.fields.map { $0.0 == "_csrf" ? ($0.0, sent) : $0 }
            try await submit(site, form, token, what: "\(form.action) _csrf")
        }
        return echoed
    }

    /// Posts `fields` to `form`'s action and checks the answer and, for a redirect, the page it leads to; returns
    /// whether either showed the payload.
    @discardableResult
    static func submit(
        _ site: WebTestSite, _ form: PageForm, _ fields: [(String, String)], what: String
    ) async throws -> Bool {
        let response = try await site.post(form.action, form: fields)
        var echoed = check(what, response)
        if response.status == .seeOther, let location = response.headers[.location] {
            echoed = check("\(what) → \(location)", try await site.get(location)) || echoed
        }
        return echoed
    }
}
