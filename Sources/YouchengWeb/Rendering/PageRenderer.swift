import Foundation
import Hummingbird
import Mustache
import YouchengCore

/// Renders view models into pages: the page's template inside `layout.mustache`, labels from the catalog.
struct PageRenderer: Sendable {
    /// The parsed templates of `Resources/Templates`.
    let library: MustacheLibrary
    /// The templates `FastTemplate` renders, for pages whose view model is `FastFields`.
    let fastLibrary: [String: FastTemplate]
    /// The labels.
    let catalog: LabelCatalog
    /// Whether the registry holds demo data, asked for every page so the banner goes once real data is imported.
    let isDemo: @Sendable () async -> Bool

    /// Loads templates and labels from the bundled resources; every template escapes per Unicode scalar
    /// (`HTMLScalarContentType`).
    init(resources: URL, isDemo: @escaping @Sendable () async -> Bool) throws {
        let templates = resources.appendingPathComponent("Templates")
        var parsed: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path).filter {
            $0.hasSuffix(".mustache")
        }
        for file in names {
            let name = String(file.dropLast(".mustache".count))
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            do {
                parsed[name] = try HTMLScalarContentType.template(text)
                texts[name] = text
            } catch {
                throw WebResourcesError.badTemplate(name, error)
            }
        }
        library = MustacheLibrary(templates: parsed)
        fastLibrary = Self.fastTemplates(texts)
        catalog = try LabelCatalog(directory: resources.appendingPathComponent("Localization"))
        self.isDemo = isDemo
    }

    /// A full page: `template` rendered with `content`, framed by the layout.
    func page(
        _ template: String, title: String, content: some Sendable, frame: PageFrame, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let model = PageModel(
            t: catalog.labels(frame.language), layout: layout(title: title, frame: frame, demo: await isDemo()),
            content: content)
        let body: ByteBuffer
        if let bytes = try fastPage(template, model: model) {
            body = ByteBuffer(bytes: bytes)
        } else if let html = library.render(model, withTemplate: template) {
            body = ByteBuffer(string: html)
        } else {
            throw WebResourcesError.missing(template)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    /// A label in the frame's language.
    func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        catalog.text(key, language, arguments)
    }

    private func layout(title: String, frame: PageFrame, demo: Bool) -> LayoutModel {
        let other: Language = frame.language == .zh ? .en : .zh
        // Six labelled groups, by the work they serve: the registry and what it tells, exchanges, the joint meeting,
        // results (pipeline, suggestions, projects, indicators), entering records, administration. A link shows when
        // its route's access admits the user, so the navigation offers what the routes allow; a group with no link
        // left is not shown, and signed out there is none.
        let groups: [(String, String, [(String, any Route, String)])] = [
            (
                "nav-group-registry", "nav_group_registry",
                [
                    ("nav-overview", RegistryRoute.overview, "nav_overview"),
                    ("nav-partnerships", RegistryRoute.partnerships, "nav_partnerships"),
                    ("nav-map", MapRoute.map, "map_nav"), ("nav-charts", ChartRoute.charts, "charts_nav"),
                    ("nav-anniversaries", ReportRoute.anniversaries, "nav_anniversaries"),
                    ("nav-peers", ReportRoute.peers, "nav_peers"),
                    ("nav-report", ReportRoute.annualReport, "nav_report"),
                ]
            ),
            (
                "nav-group-exchanges", "nav_group_exchanges",
                [
                    ("nav-exchanges", ExchangeRoute.exchanges, "exchanges_nav"),
                    ("nav-dormant", ExchangeRoute.dormant, "nav_dormant"),
                    ("nav-activity", ExchangeRoute.activity, "nav_activity"),
                ]
            ),
            (
                "nav-group-meeting", "nav_group_meeting",
                [
                    ("nav-notices", NoticeRoute.notices, "notices_nav"), ("nav-plans", PlanRoute.plans, "plans_nav"),
                    ("nav-workspace", WorkspaceRoute.workspace, "workspace_nav"),
                    ("nav-meetings", MeetingRoute.meetings, "meetings_nav"),
                ]
            ),
            (
                "nav-group-results", "nav_group_results",
                [
                    ("nav-pipeline", PipelineRoute.pipeline, "pipeline_nav"),
                    ("nav-suggestions", MatchingRoute.suggestions, "matching_nav"),
                    ("nav-projects", ProjectRoute.projects, "projects_nav"),
                    ("nav-indicators", IndicatorRoute.indicators, "indicators_nav"),
                ]
            ),
            (
                "nav-group-entry", "nav_group_entry",
                [
                    ("nav-new", RegistryRoute.newPartnership, "nav_new"),
                    ("nav-import", ImportRoute.importForm, "nav_import"),
                ]
            ),
            (
                "nav-group-admin", "nav_group_admin",
                [
                    ("nav-units", AccountRoute.units, "nav_units"), ("nav-users", AccountRoute.users, "nav_users"),
                    ("nav-audit", AuditRoute.audit, "nav_audit"),
                ]
            ),
        ]
        let nav = groups.compactMap { id, label, links -> NavGroup? in
            let items = links.filter { link in frame.principal.map { link.1.access.admits($0) } ?? false }
                .map { item in
                    NavItem(
                        id: item.0, href: item.1.link(), label: text(item.2, frame.language),
                        current: frame.path == item.1.path)
                }
            return items.isEmpty ? nil : NavGroup(id: id, label: text(label, frame.language), items: items)
        }
        return LayoutModel(
            htmlLang: frame.language == .zh ? "zh-Hans" : "en",
            title: title,
            siteName: text("site_name", frame.language),
            demo: demo,
            nav: nav,
            switchHref: frame.switchLink(to: other),
            switchLabel: text("lang_switch", frame.language),
            switchLang: other == .zh ? "zh-Hans" : "en",
            stylesheet: SystemRoute.asset("app.css").link(),
            homeHref: RegistryRoute.overview.link(),
            csrf: frame.csrfToken ?? "",
            user: frame.username.map {
                HeaderUser(
                    username: $0, logoutAction: AccountRoute.logout.link(), csrf: frame.csrfToken ?? "",
                    label: text("signed_in_as", frame.language), logoutLabel: text("logout", frame.language))
            })
    }
}

/// What every page's template sees: labels, the layout's values, and the page's own view model.
struct PageModel<Content: Sendable>: Sendable {
    /// Labels in the page's language (`{{t.key}}`).
    let t: [String: String]
    /// The frame around the page.
    let layout: LayoutModel
    /// The page's view model (`{{#content}}…{{/content}}`).
    let content: Content
}

/// The values of `layout.mustache`.
struct LayoutModel: Sendable {
    let htmlLang: String
    let title: String
    let siteName: String
    let demo: Bool
    let nav: [NavGroup]
    let switchHref: String
    let switchLabel: String
    let switchLang: String
    let stylesheet: String
    let homeHref: String
    /// The session's CSRF token, for the hidden `_csrf` field of every form (`{{layout.csrf}}`).
    let csrf: String
    /// The signed-in user, with the logout form's values; nil when signed out.
    let user: HeaderUser?
}

/// The header's signed-in user and logout button.
struct HeaderUser: Sendable {
    let username: String
    let logoutAction: String
    let csrf: String
    let label: String
    let logoutLabel: String
}

/// A labelled group of the main navigation's links.
struct NavGroup: Sendable {
    /// The id of the group's label, which names its list for assistive technology.
    let id: String
    let label: String
    let items: [NavItem]
}

/// One link of the main navigation.
struct NavItem: Sendable {
    let id: String
    let href: String
    let label: String
    let current: Bool
}
