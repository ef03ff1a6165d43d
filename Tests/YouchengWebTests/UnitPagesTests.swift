import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// The member unit pages: list with inactive units marked, create, edit with a version, deactivate after a
/// confirmation; each change audited with the admin as actor.
@Suite struct UnitPagesTests {
    let commerce: [(String, String)] = [
        ("name_zh", "商务局"), ("name_en", "Bureau of Commerce"), ("kind", "bureau"), ("home", "南京市"),
        ("contact", "王明"),
    ]

    func unit(_ site: WebTestSite, _ name: String) async throws -> MemberUnit {
        try #require(try await site.accounts.units.list(includeInactive: true).first { $0.nameZh == name })
    }

    func entries(_ site: WebTestSite, _ unit: MemberUnit, _ action: AuditAction) async throws -> [AuditEntry] {
        try await site.accounts.audit.entries(
            AuditQuery(entityType: .unit, entityId: String(unit.id), action: action)
        ).items
    }

    @Test func createStoresTheUnitAuditsItAndListsIt() async throws {
        try await WebTestSite.run(rows: []) { site in
            let response = try await site.post("/units", form: commerce)

            let stored = try await unit(site, "商务局")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/units?saved=\(stored.id)")
            #expect(stored.homeCode == "320100" && stored.kind == .bureau && stored.contactPerson == "王明")
            let created = try #require(try await entries(site, stored, .create).first)
            #expect(created.actor == WebTestSite.adminName)
            #expect(created.changes.contains(FieldChange(field: "homeCode", before: nil, after: "320100")))
            #expect(created.changes.contains(FieldChange(field: "nameEn", before: nil, after: "Bureau of Commerce")))
            let list = try await site.get("/units?saved=\(stored.id)")
            #expect(list.text.contains("data-unit-id=\"\(stored.id)\" class=\" saved\""))
            #expect(list.text.contains("Bureau of Commerce") && list.text.contains("委办局"))
            #expect(list.text.contains("南京市") && list.text.contains("王明"))
        }
    }

    @Test func badFieldsComeBackBesideTheFieldsWithTheInputKept() async throws {
        try await WebTestSite.run(rows: []) { site in
            let before = try await site.accounts.units.list(includeInactive: true)

            let response = try await site.post(
                "/units", form: [("name_zh", "  "), ("name_en", "Zone"), ("kind", "bureau"), ("home", "鼓楼区")])

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("<p class=\"field-error\" id=\"error-name_zh\">请填写单位中文名称</p>"))
            #expect(response.text.contains("id=\"error-home\""))
            #expect(response.text.contains("320106"))  // an ambiguous short name lists its candidates
            #expect(response.text.contains("value=\"Zone\"") && response.text.contains("value=\"鼓楼区\""))
            #expect(response.text.contains("<option value=\"bureau\" selected>"))
            #expect(try await site.accounts.units.list(includeInactive: true) == before)
        }
    }

    @Test func aTakenNameIsRefusedBesideTheName() async throws {
        try await WebTestSite.run(rows: []) { site in
            _ = try await site.post("/units", form: commerce)

            let again = try await site.post("/units", form: commerce)

            #expect(again.status == .conflict)
            #expect(again.text.contains("id=\"error-name_zh\">单位「商务局」已存在"))
            #expect(try await site.accounts.units.list(includeInactive: true).filter { $0.nameZh == "商务局" }.count == 1)
        }
    }

    @Test func editSavesWithTheVersionAndAuditsBeforeAndAfter() async throws {
        try await WebTestSite.run(rows: []) { site in
            _ = try await site.post("/units", form: commerce)
            let stored = try await unit(site, "商务局")
            let form = try await site.get("/units/\(stored.id)/edit")
            var changed = commerce.map { $0.0 == "home" ? ($0.0, "320106") : $0 }
            changed = changed.map { $0.0 == "contact" ? ($0.0, "李华") : $0 }

            let response = try await site.post(
                "/units/\(stored.id)", form: changed + [("version", String(stored.version))])

            #expect(form.status == .ok)
            #expect(form.text.contains("<input type=\"hidden\" name=\"version\" value=\"\(stored.version)\">"))
            #expect(form.text.contains("value=\"南京市\""))
            #expect(form.text.contains("id=\"history\""))
            #expect(response.status == .seeOther)
            let after = try await unit(site, "商务局")
            #expect(after.homeCode == "320106" && after.contactPerson == "李华")
            #expect(after.version == stored.version + 1)
            let update = try #require(try await entries(site, stored, .update).first)
            #expect(
                update.changes == [
                    FieldChange(field: "homeCode", before: "320100", after: "320106"),
                    FieldChange(field: "contactPerson", before: "王明", after: "李华"),
                ])
            let history = try await site.get("/units/\(stored.id)/edit")
            #expect(
                history.text.contains(
                    "<span class=\"change-before\">王明</span> → <span class=\"change-after\">李华</span>"))
            #expect(history.text.contains("data-audit-id=\"\(update.id)\""))
        }
    }

    @Test func aStaleVersionIsRefusedWithAReopenLinkAndOverwritesNothing() async throws {
        try await WebTestSite.run(rows: []) { site in
            _ = try await site.post("/units", form: commerce)
            let stored = try await unit(site, "商务局")
            let version = ("version", String(stored.version))
            let first = commerce.map { $0.0 == "contact" ? ($0.0, "first") : $0 }
            let second = commerce.map { $0.0 == "contact" ? ($0.0, "second") : $0 }

            let saved = try await site.post("/units/\(stored.id)", form: first + [version])
            let stale = try await site.post("/units/\(stored.id)", form: second + [version])

            #expect(saved.status == .seeOther)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("记录已被他人修改"))
            #expect(stale.text.contains("id=\"form-error-link\" href=\"/units/\(stored.id)/edit\""))
            #expect(stale.text.contains("value=\"second\""))
            #expect(try await unit(site, "商务局").contactPerson == "first")
        }
    }

    @Test func deactivationAsksFirstThenMarksTheUnitAndAuditsIt() async throws {
        try await WebTestSite.run(rows: []) { site in
            _ = try await site.post("/units", form: commerce)
            let stored = try await unit(site, "商务局")

            let confirm = try await site.get("/units/\(stored.id)/deactivate")
            let stillActive = try await unit(site, "商务局")
            let response = try await site.post(
                "/units/\(stored.id)/deactivate", form: [("version", String(stored.version))])

            #expect(confirm.status == .ok)
            #expect(confirm.text.contains("确定要停用单位「商务局」吗？"))
            #expect(confirm.text.contains("action=\"/units/\(stored.id)/deactivate\""))
            #expect(stillActive.active)
            #expect(response.status == .seeOther)
            #expect(try await unit(site, "商务局").active == false)
            let entry = try #require(try await entries(site, stored, .deactivate).first)
            #expect(entry.actor == WebTestSite.adminName)
            #expect(entry.changes == [FieldChange(field: "active", before: "true", after: "false")])
            let all = try await site.get("/units")
            let active = try await site.get("/units?active=1")
            #expect(all.text.contains("data-unit-id=\"\(stored.id)\" class=\"inactive\""))
            #expect(all.text.contains("已停用"))
            #expect(!active.text.contains("data-unit-id=\"\(stored.id)\""))
        }
    }

    @Test func aStaleDeactivationIsRefused() async throws {
        try await WebTestSite.run(rows: []) { site in
            _ = try await site.post("/units", form: commerce)
            let stored = try await unit(site, "商务局")
            let renamed = commerce.map { $0.0 == "name_en" ? ($0.0, "Commerce") : $0 }
            let rename = try await site.post(
                "/units/\(stored.id)", form: renamed + [("version", String(stored.version))])

            let response = try await site.post(
                "/units/\(stored.id)/deactivate", form: [("version", String(stored.version))])

            #expect(rename.status == .seeOther)
            #expect(response.status == .conflict)
            #expect(response.text.contains("href=\"/units/\(stored.id)/deactivate\""))
            #expect(try await unit(site, "商务局").active)
        }
    }

    @Test func anEmptyListSaysWhatToDoAndABadToggleIsA400() async throws {
        try await WebTestSite.run(rows: []) { site in
            let fao = try await unit(site, "单位admin")
            _ = try await site.post("/units/\(fao.id)/deactivate", form: [("version", String(fao.version))])

            let active = try await site.get("/units?active=1")
            let bad = try await site.get("/units?active=maybe")

            #expect(active.text.contains("id=\"empty-state\""))
            #expect(active.text.contains("没有启用的单位"))
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("active"))
            #expect(try await site.get("/units/999/edit").status == .notFound)
        }
    }
}
