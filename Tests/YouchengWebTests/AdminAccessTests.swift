import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// The unit, user and audit pages are an administrator's: editors and viewers get 403 on every GET and POST and
/// change nothing; every POST without the session's CSRF token is refused too, even for an admin.
@Suite struct AdminAccessTests {
    /// A unit and a user to aim the routes at, and a form that would change each.
    struct Targets {
        let unit: MemberUnit
        let user: User

        var gets: [String] {
            [
                "/units", "/units/new", "/units/\(unit.id)/edit", "/units/\(unit.id)/deactivate", "/users",
                "/users/new", "/users/\(user.id)/edit", "/audit",
            ]
        }

        var posts: [(String, [(String, String)])] {
            [
                ("/units", [("name_zh", "新单位"), ("kind", "bureau")]),
                ("/units/\(unit.id)", [("name_zh", "改名"), ("kind", "bureau"), ("version", String(unit.version))]),
                ("/units/\(unit.id)/deactivate", [("version", String(unit.version))]),
                (
                    "/users",
                    [
                        ("username", "mallory"), ("password", "a-long-password"), ("unit", String(unit.id)),
                        ("role", "admin"),
                    ]
                ),
                (
                    "/users/\(user.id)",
                    [("role", "admin"), ("unit", String(unit.id)), ("active", "1"), ("version", String(user.version))]
                ),
                ("/users/\(user.id)/password", [("password", "another-long-password")]),
                ("/users/\(user.id)/unlock", []),
            ]
        }
    }

    static func targets(_ site: WebTestSite) async throws -> Targets {
        let unit = try await site.accounts.units.create(
            UnitDraft(nameZh: "商务局", nameEn: "Bureau of Commerce", kind: .bureau, homeCode: nil, contactPerson: ""),
            by: .system)
        let user = try await site.accounts.users.create(
            username: "carol", password: WebTestSite.password, unitId: unit.id, role: .viewer, by: .system)
        return Targets(unit: unit, user: user)
    }

    /// What a refused request must leave as it was: units, users, and the audit log's size.
    static func snapshot(_ site: WebTestSite) async throws -> ([MemberUnit], [User], Int) {
        (
            try await site.accounts.units.list(includeInactive: true), try await site.accounts.users.list(),
            try await site.accounts.audit.entries(AuditQuery()).total
        )
    }

    @Test(arguments: [Role.editor, .viewer])
    func nonAdminsAreRefusedEveryPageAndEveryPost(role: Role) async throws {
        try await WebTestSite.run(rows: []) { site in
            let targets = try await Self.targets(site)
            try await site.createUser("someone", role: role, home: role == .editor ? "南京市" : nil)
            let other = site.as(try await site.signIn("someone"))
            let before = try await Self.snapshot(site)

            for uri in targets.gets {
                let response = try await other.get(uri)
                #expect(response.status == .forbidden, "GET \(uri)")
                #expect(response.text.contains("没有权限"), "GET \(uri)")
            }
            for (uri, form) in targets.posts {
                #expect(try await other.post(uri, form: form).status == .forbidden, "POST \(uri)")
            }
            let after = try await Self.snapshot(site)
            #expect(after.0 == before.0)
            #expect(after.1 == before.1)
            #expect(after.2 == before.2)
            let page = try await other.get("/partnerships")
            #expect(!page.text.contains("id=\"nav-units\"") && !page.text.contains("id=\"nav-audit\""))
            // With no administration link left, the group's label goes too.
            #expect(!page.text.contains("id=\"nav-group-admin\""))
        }
    }

    @Test func anAdminOpensEveryPageAndSeesTheLinks() async throws {
        try await WebTestSite.run(rows: []) { site in
            let targets = try await Self.targets(site)

            for uri in targets.gets {
                #expect(try await site.get(uri).status == .ok, "GET \(uri)")
            }
            let page = try await site.get("/partnerships")
            #expect(page.text.contains("id=\"nav-units\" href=\"/units\""))
            #expect(page.text.contains("id=\"nav-users\" href=\"/users\""))
            #expect(page.text.contains("id=\"nav-audit\" href=\"/audit\""))
            // The links sit in labelled groups: the audit log under 管理, after the group's label.
            let admin = try #require(
                page.text.range(of: "<span class=\"nav-group-label\" id=\"nav-group-admin\">管理</span>"))
            let list = try #require(page.text.range(of: "<ul aria-labelledby=\"nav-group-admin\">"))
            let audit = try #require(page.text.range(of: "id=\"nav-audit\""))
            #expect(admin.upperBound <= list.lowerBound && list.upperBound <= audit.lowerBound)
            let results = try #require(page.text.range(of: "<ul aria-labelledby=\"nav-group-results\">"))
            let projects = try #require(page.text.range(of: "id=\"nav-projects\""))
            #expect(results.upperBound <= projects.lowerBound && projects.upperBound <= admin.lowerBound)
        }
    }

    @Test func everyPostWithoutTheCSRFTokenIsRefusedAndChangesNothing() async throws {
        try await WebTestSite.run(rows: []) { site in
            let targets = try await Self.targets(site)
            let before = try await Self.snapshot(site)

            for (uri, form) in targets.posts {
                let missing = try await site.post(uri, form: form + [("_csrf", "")])
                let wrong = try await site.post(uri, form: form + [("_csrf", String(repeating: "0", count: 64))])
                #expect(missing.status == .forbidden, "POST \(uri)")
                #expect(wrong.status == .forbidden, "POST \(uri)")
                #expect(missing.text.contains("表单已过期"), "POST \(uri)")
            }
            let after = try await Self.snapshot(site)
            #expect(after.0 == before.0)
            #expect(after.1 == before.1)
            #expect(after.2 == before.2)
        }
    }

    @Test(arguments: ["zh", "en"])
    func noAdminPageShowsARawLabelKey(lang: String) async throws {
        try await WebTestSite.run(rows: []) { site in
            let targets = try await Self.targets(site)
            let keys = site.catalogKeys

            for uri in targets.gets {
                let text = try await site.get(uri + "?lang=\(lang)").text
                let shown = keys.filter { text.contains(">\($0)<") || text.contains("\"\($0)\"") }
                #expect(shown.isEmpty, "\(uri): \(shown)")
            }
        }
    }
}

extension WebTestSite {
    /// The label keys added for the admin pages, which must never show as text.
    var catalogKeys: [String] {
        let prefixes = ["units_", "unit_", "users_", "user_", "audit_", "history_", "state_", "nav_"]
        guard let catalog = try? LabelCatalog(directory: WebResources.directory.appendingPathComponent("Localization"))
        else { return [] }
        return catalog.keys(.zh).filter { key in prefixes.contains { key.hasPrefix($0) } }.sorted()
    }
}
