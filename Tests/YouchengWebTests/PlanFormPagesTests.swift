import Foundation
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// The administrators' plan and task forms: create and change with a redirect, refused fields named (422), a taken
/// number or a stale version a conflict (409) that changes nothing, and everyone else refused (403).
@Suite struct PlanFormPagesTests {
    static let plan: [(String, String)] = [
        ("title", "2022年度友城工作计划"), ("from", "2022-01-01"), ("to", "2022-12-31"), ("kind", "annual"),
        ("status", "draft"), ("parentId", ""),
    ]

    @Test func anAdminCreatesAPlanAndChangesItAStaleFormChangesNothing() async throws {
        try await WebTestSite.run { site in
            let created = try await site.post("/plans", form: Self.plan)
            #expect(created.status == .seeOther)
            let plan = try #require(try await site.services.plans.plans().first)
            #expect(created.headers[.location] == "/plans/\(plan.id)?saved=1")
            #expect(plan.draft.status == .draft && plan.version == 1)
            let edit = try await site.get("/plans/\(plan.id)/edit").text
            #expect(edit.contains("name=\"version\" value=\"1\"") && edit.contains("value=\"2022年度友城工作计划\""))

            var changed = Self.plan
            changed[4] = ("status", "inForce")
            let updated = try await site.post("/plans/\(plan.id)", form: changed + [("version", "1")])
            changed[0] = ("title", "过时的修改")
            let stale = try await site.post("/plans/\(plan.id)", form: changed + [("version", "1")])

            #expect(updated.status == .seeOther)
            #expect(stale.status == .conflict && stale.text.contains("id=\"form-error\""))
            #expect(stale.text.contains("value=\"过时的修改\""))
            let stored = try #require(try await site.services.plans.plan(id: plan.id))
            #expect(stored.version == 2 && stored.draft.status == .inForce && stored.title == "2022年度友城工作计划")
        }
    }

    @Test func aRefusedPlanFormNamesEachField() async throws {
        try await WebTestSite.run { site in
            let response = try await site.post(
                "/plans",
                form: [
                    ("title", " "), ("from", "2022-05-01"), ("to", "2022-04-30"), ("kind", "weekly"),
                    ("status", "draft"),
                ])

            #expect(response.status == .unprocessableContent)
            let html = response.text
            for field in ["title", "to", "kind"] { #expect(html.contains("id=\"error-\(field)\""), "\(field)") }
            #expect(!html.contains("id=\"error-from\""))
            #expect(html.contains("计划截止日期 2022-04-30 早于起始日期 2022-05-01"))
            #expect(try await site.services.plans.plans().isEmpty)
        }
    }

    @Test func anAdminAddsATaskATakenNumberIsAConflictAndEditsIt() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let lead = try await site.unitId(of: "lead")
            let coop = try await site.unitId(of: "coop")
            let task: [(String, String)] = [
                ("number", "3"), ("title", "人才交流"), ("leadUnitId", String(lead)),
                ("cooperatingUnitIds", String(coop)), ("due", "2021-10-31"), ("domains", "人才、教育"),
                ("partners", "大阪"), ("target", "互派5人"), ("description", ""), ("parentId", ""),
            ]

            let form = try await site.get("/plans/\(id)/tasks/new").text
            let created = try await site.post("/plans/\(id)/tasks", form: task)
            let taken = try await site.post("/plans/\(id)/tasks", form: task)

            #expect(form.contains("name=\"cooperatingUnitIds\" value=\"\(coop)\""))
            #expect(created.status == .seeOther)
            let stored = try #require(try await site.services.plans.tasks(planId: id).first { $0.draft.number == "3" })
            #expect(created.headers[.location] == "/tasks/\(stored.id)?saved=1")
            #expect(stored.draft.cooperatingUnitIds == [coop] && stored.draft.domains == ["人才", "教育"])
            #expect(taken.status == .conflict && taken.text.contains("id=\"error-number\""))
            #expect(taken.text.contains("本计划已有序号为「3」的任务"))
            #expect(try await site.services.plans.tasks(planId: id).count == 4)
            // A cooperating unit that is no id, or no stored unit, is refused naming the field, not dropped.
            var odd = task
            odd[0] = ("number", "4")
            let notAnId = try await site.post("/plans/\(id)/tasks", form: odd + [("cooperatingUnitIds", "7a")])
            let notStored = try await site.post("/plans/\(id)/tasks", form: odd + [("cooperatingUnitIds", "9999")])
            #expect(notAnId.status == .unprocessableContent && notAnId.text.contains("配合单位编号「7a」无效"))
            #expect(notStored.status == .unprocessableContent && notStored.text.contains("单位 9999 不存在"))
            #expect(try await site.services.plans.tasks(planId: id).count == 4)

            var edit = task
            edit[1] = ("title", "人才交流（调整）")
            let updated = try await site.post(
                "/tasks/\(stored.id)", form: edit + [("status", "cancelled"), ("version", "1")])
            let stale = try await site.post("/tasks/\(stored.id)", form: edit + [("status", "done"), ("version", "1")])
            #expect(updated.status == .seeOther && stale.status == .conflict)
            let after = try #require(try await site.services.plans.task(id: stored.id))
            #expect(after.draft.title == "人才交流（调整）" && after.status == .cancelled && after.version == 2)
        }
    }

    @Test func aTaskWithoutLeadUnitOrNumberIsRefusedNamingTheFields() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let response = try await site.post(
                "/plans/\(id)/tasks", form: [("number", ""), ("title", "无名"), ("leadUnitId", ""), ("due", "下半年")])

            #expect(response.status == .unprocessableContent)
            for field in ["number", "leadUnitId", "due"] {
                #expect(response.text.contains("id=\"error-\(field)\""), "\(field)")
            }
            #expect(try await site.services.plans.tasks(planId: id).count == 3)
        }
    }

    @Test func editorsAndViewersCannotOpenOrPostTheForms() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let lead = site.as(try await site.signIn("lead"))
            let reader = site.as(try await site.signIn("reader"))

            for user in [lead, reader] {
                #expect(try await user.get("/plans/new").status == .forbidden)
                #expect(try await user.get("/plans/\(id)/edit").status == .forbidden)
                #expect(try await user.get("/plans/\(id)/tasks/new").status == .forbidden)
                #expect(try await user.get("/tasks/\(task.id)/edit").status == .forbidden)
                #expect(try await user.post("/plans", form: Self.plan).status == .forbidden)
                #expect(try await user.post("/tasks/\(task.id)", form: [("title", "x")]).status == .forbidden)
            }
            let page = try await lead.get("/plans/\(id)").text
            #expect(!page.contains("id=\"plan-edit\"") && !page.contains("id=\"task-new\""))
            #expect(try await site.get("/plans/\(id)").text.contains("id=\"task-new\""))
            #expect(try await site.services.plans.plans().count == 1)
        }
    }
}
