import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// The user pages: create with the password rules beside the field, change role, unit and state with a version,
/// set a password, unlock; an admin cannot demote or deactivate themselves.
@Suite struct UserPagesTests {
    struct Setup {
        let commerce: MemberUnit
        let carol: User
        let admin: User
    }

    func setup(_ site: WebTestSite) async throws -> Setup {
        let commerce = try await site.accounts.units.create(
            UnitDraft(nameZh: "商务局", nameEn: "Bureau of Commerce", kind: .bureau, homeCode: nil, contactPerson: ""),
            by: .system)
        let carol = try await site.accounts.users.create(
            username: "carol", password: WebTestSite.password, unitId: commerce.id, role: .editor, by: .system)
        let admin = try #require(try await site.accounts.users.user(username: WebTestSite.adminName))
        return Setup(commerce: commerce, carol: carol, admin: admin)
    }

    func edit(_ user: User, role: Role? = nil, unit: Int64? = nil, active: Bool? = nil) -> [(String, String)] {
        [
            ("role", (role ?? user.role).rawValue), ("unit", String(unit ?? user.unitId)),
            ("active", (active ?? user.active) ? "1" : "0"), ("version", String(user.version)),
        ]
    }

    func audit(_ site: WebTestSite, _ user: User, _ action: AuditAction) async throws -> [AuditEntry] {
        try await site.accounts.audit.entries(
            AuditQuery(entityType: .user, entityId: String(user.id), action: action)
        ).items
    }

    @Test func createStoresTheUserAndAuditsItWithThePasswordHidden() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)

            let response = try await site.post(
                "/users",
                form: [
                    ("username", "Dave"), ("password", "a-long-password"), ("unit", String(setup.commerce.id)),
                    ("role", "viewer"),
                ])

            let dave = try #require(try await site.accounts.users.user(username: "dave"))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/users?saved=\(dave.id)")
            #expect(dave.role == .viewer && dave.unitId == setup.commerce.id)
            let entry = try #require(try await audit(site, dave, .userCreated).first)
            #expect(entry.actor == WebTestSite.adminName)
            #expect(entry.changes.contains(FieldChange(field: "password", before: "[hidden]", after: "[hidden]")))
            #expect(try await site.signIn("dave", password: "a-long-password").cookie.isEmpty == false)
            let list = try await site.get("/users")
            #expect(list.text.contains("data-user-id=\"\(dave.id)\""))
            #expect(list.text.contains("<td class=\"unit\">商务局</td>"))
        }
    }

    @Test func aShortPasswordIsRefusedBesideThePasswordFieldAndNothingIsStored() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)
            let before = try await site.accounts.users.list()

            let response = try await site.post(
                "/users",
                form: [
                    ("username", "dave"), ("password", "short"), ("unit", String(setup.commerce.id)),
                    ("role", "viewer"),
                ])

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("<p class=\"field-error\" id=\"error-password\">密码至少需要 10 个字符</p>"))
            #expect(response.text.contains("value=\"dave\""))
            #expect(!response.text.contains("value=\"short\""))
            #expect(response.text.contains("<option value=\"viewer\" selected>"))
            #expect(try await site.accounts.users.list() == before)
        }
    }

    @Test func aTakenUsernameAndAnInactiveUnitAreRefusedBesideTheirFields() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)
            let closed = try await site.accounts.units.create(
                UnitDraft(nameZh: "旧单位", nameEn: "", kind: .other, homeCode: nil, contactPerson: ""), by: .system)
            _ = try await site.accounts.units.deactivate(id: closed.id, expectedVersion: nil, by: .system)
            let form: [(String, String)] = [("password", "a-long-password"), ("role", "viewer")]

            let taken = try await site.post(
                "/users", form: form + [("username", "CAROL"), ("unit", String(setup.commerce.id))])
            let inactive = try await site.post(
                "/users", form: form + [("username", "erin"), ("unit", String(closed.id))])

            #expect(taken.status == .conflict)
            #expect(taken.text.contains("id=\"error-username\">用户名「carol」已被使用"))
            #expect(inactive.status == .unprocessableContent)
            #expect(inactive.text.contains("id=\"error-unit\">单位「旧单位」已停用"))
            #expect(try await site.accounts.users.user(username: "erin") == nil)
        }
    }

    @Test func roleAndUnitChangesAreSavedTogetherInOneEntryWithBeforeAndAfter() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)

            let response = try await site.post(
                "/users/\(setup.carol.id)", form: edit(setup.carol, role: .viewer, unit: setup.admin.unitId))

            #expect(response.status == .seeOther)
            let after = try #require(try await site.accounts.users.user(id: setup.carol.id))
            #expect(after.role == .viewer && after.unitId == setup.admin.unitId)
            let role = try #require(try await audit(site, setup.carol, .roleChanged).first)
            #expect(role.actor == WebTestSite.adminName)
            // One transaction, one entry: the unit and the role, each before and after.
            #expect(
                role.changes == [
                    FieldChange(field: "unitId", before: String(setup.commerce.id), after: String(setup.admin.unitId)),
                    FieldChange(field: "role", before: "editor", after: "viewer"),
                ])
            #expect(try await audit(site, setup.carol, .update).isEmpty)
            let page = try await site.get("/users/\(setup.carol.id)/edit")
            #expect(page.text.contains("data-action=\"roleChanged\""))
        }
    }

    @Test func deactivatingAnotherUserIsAudited() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)

            let response = try await site.post("/users/\(setup.carol.id)", form: edit(setup.carol, active: false))

            #expect(response.status == .seeOther)
            #expect(try await site.accounts.users.user(id: setup.carol.id)?.active == false)
            let entry = try #require(try await audit(site, setup.carol, .deactivate).first)
            #expect(entry.changes == [FieldChange(field: "active", before: "true", after: "false")])
        }
    }

    @Test func aStaleVersionChangesNothing() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)
            let first = try await site.post("/users/\(setup.carol.id)", form: edit(setup.carol, role: .viewer))

            let stale = try await site.post("/users/\(setup.carol.id)", form: edit(setup.carol, role: .admin))

            #expect(first.status == .seeOther)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("id=\"form-error-link\" href=\"/users/\(setup.carol.id)/edit\""))
            // The page keeps the version it was opened with: saving it again is refused again.
            #expect(stale.text.contains("name=\"version\" value=\"\(setup.carol.version)\""))
            let again = try await site.post("/users/\(setup.carol.id)", form: edit(setup.carol, role: .admin))
            #expect(again.status == .conflict)
            #expect(try await site.accounts.users.user(id: setup.carol.id)?.role == .viewer)
        }
    }

    @Test func anAdminCannotDemoteOrDeactivateThemselves() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)
            // Another admin exists, so the store's last-admin rule would let these through.
            _ = try await site.accounts.users.changeRole(
                username: "carol", to: .admin, expectedVersion: nil, by: .system)

            let demote = try await site.post("/users/\(setup.admin.id)", form: edit(setup.admin, role: .editor))
            let deactivate = try await site.post("/users/\(setup.admin.id)", form: edit(setup.admin, active: false))

            #expect(demote.status == .conflict)
            #expect(demote.text.contains("id=\"error-role\">不能取消自己的管理员角色"))
            #expect(deactivate.status == .conflict)
            #expect(deactivate.text.contains("id=\"error-active\">不能停用自己的账号"))
            #expect(try await site.accounts.users.user(id: setup.admin.id) == setup.admin)
            #expect(try await site.get("/users").status == .ok)
        }
    }

    @Test func anAdminSetsAPasswordWithTheRulesBesideTheField() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)

            let short = try await site.post("/users/\(setup.carol.id)/password", form: [("password", "short")])
            let set = try await site.post(
                "/users/\(setup.carol.id)/password", form: [("password", "a-brand-new-password")])

            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("id=\"error-password\">密码至少需要 10 个字符"))
            #expect(set.status == .seeOther)
            #expect(set.headers[.location] == "/users/\(setup.carol.id)/edit?saved=password")
            #expect(try await site.signInAttempt("carol", password: WebTestSite.password).status != .seeOther)
            #expect(try await site.signInAttempt("carol", password: "a-brand-new-password").status == .seeOther)
            let entry = try #require(try await audit(site, setup.carol, .passwordChanged).first)
            #expect(entry.actor == WebTestSite.adminName)
        }
    }

    @Test func unlockLiftsTheLockAndIsAudited() async throws {
        try await WebTestSite.run(rows: []) { site in
            let setup = try await setup(site)
            for _ in 0..<5 { _ = try await site.accounts.users.authenticate(username: "carol", password: "wrong!") }
            let locked = try #require(try await site.accounts.users.lockedUntil(username: "carol"))

            let list = try await site.get("/users")
            let page = try await site.get("/users/\(setup.carol.id)/edit")
            let response = try await site.post("/users/\(setup.carol.id)/unlock", form: [])

            #expect(list.text.contains(AuditEntryRow.clock(locked, TimeZone(identifier: "Asia/Shanghai")!)))
            #expect(page.text.contains("id=\"unlock-form\""))
            #expect(response.status == .seeOther)
            #expect(try await site.accounts.users.lockedUntil(username: "carol") == nil)
            let entry = try #require(try await audit(site, setup.carol, .unlocked).first)
            #expect(entry.actor == WebTestSite.adminName)
            #expect(entry.changes.first?.field == "lockedUntil")
            #expect(try await site.signInAttempt("carol", password: WebTestSite.password).status == .seeOther)
        }
    }
}
