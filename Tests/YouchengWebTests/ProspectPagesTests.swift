import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/pipeline`, `/prospects`, `/prospects/new`, `/prospects/{id}` with its stage form and `/prospects/{id}/edit`:
/// writers enter and move their unit's prospects, administrators set targets, everyone signed in reads.
@Suite struct ProspectPagesTests {
    let today = Day(year: 2026, month: 11, day: 23)!

    func prospect(_ site: WebTestSite, stage: ProspectStage = .identified) async throws -> Prospect {
        let unit = try await site.unitId(of: WebTestSite.adminName)
        return try await site.services.prospects.create(
            ProspectDraft(name: "Toulouse", nameZh: "图卢兹", country: "FR", homeCode: "320500", unitId: unit),
            stage: stage, date: Day(year: 2026, month: 6, day: 1)!, today: today, by: .system)
    }

    @Test func theNewFormTakesItsFieldsFromTheLinkAndCreatesTheProspect() async throws {
        try await WebTestSite.run { site in
            let unit = try await site.unitId(of: WebTestSite.adminName)
            let form = try await site.get(
                "/prospects/new?home=320500&name=Toulouse&nameZh=%E5%9B%BE%E5%8D%A2%E5%85%B9&country=FR&themes=aerospace&geonameId=2972315"
            )
            let refused = try await site.post(
                "/prospects", form: [("home", "320500"), ("name", "保留"), ("country", "QQ"), ("unit", String(unit))])
            let saved = try await site.post(
                "/prospects",
                form: [
                    ("home", "320500"), ("name", "Toulouse"), ("nameZh", "图卢兹"), ("country", "FR"),
                    ("geonameId", "2972315"), ("unit", String(unit)), ("themes", "航空航天、aerospace"),
                    ("stage", "contacted"), ("date", "2026-11-01"),
                ])

            #expect(form.status == .ok)
            #expect(form.text.contains("value=\"Toulouse\"") && form.text.contains("value=\"图卢兹\""))
            #expect(form.text.contains("value=\"2972315\"") && form.text.contains("value=\"aerospace\""))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("value=\"保留\"") && refused.text.contains("id=\"error-country\""))
            #expect(saved.status == .seeOther)
            let stored = try #require(try await site.services.prospects.list(ProspectQuery()).items.first)
            #expect(saved.headers[.location] == "/prospects/\(stored.id)?saved=1")
            #expect(stored.stage == .contacted && stored.draft.geonameId == 2_972_315)
            #expect(stored.draft.themes == ["航空航天", "aerospace"])
        }
    }

    @Test func signingFromTheStageFormRegistersThePartnershipAndThePageLinksToIt() async throws {
        try await WebTestSite.run { site in
            let created = try await prospect(site, stage: .approved)
            let uri = "/prospects/\(created.id)"

            let back = try await site.post(
                uri + "/stage", form: [("stage", "identified"), ("date", "2026-11-01"), ("version", "1")])
            let stale = try await site.post(
                uri + "/stage", form: [("stage", "submitted"), ("date", "2026-11-01"), ("version", "9")])
            let signed = try await site.post(
                uri + "/stage",
                form: [("stage", "signed"), ("date", "2026-11-20"), ("kind", "friendshipCity"), ("version", "1")])
            let page = try await site.get(uri).text

            #expect(back.status == .unprocessableContent && back.text.contains("id=\"error-reason\""))
            #expect(stale.status == .conflict)
            #expect(signed.status == .seeOther && signed.headers[.location] == uri + "?moved=1#history")
            let stored = try #require(try await site.services.prospects.prospect(id: created.id))
            let partnershipId = try #require(stored.partnershipId)
            let record = try #require(try await site.store.partnership(id: partnershipId))
            #expect(page.contains("id=\"prospect-partnership\" href=\"/partners/\(record.partner.id)\""))
            #expect(!page.contains("id=\"stage-form\""))
            #expect(page.contains("data-stage=\"signed\""))
        }
    }

    @Test func anEditorOfAnotherUnitReadsButCannotMoveOrEditAProspect() async throws {
        try await WebTestSite.run { site in
            let created = try await prospect(site)
            try await site.createUser("bob", role: .editor)
            let bob = site.as(try await site.signIn("bob"))

            let page = try await bob.get("/prospects/\(created.id)")
            let move = try await bob.post(
                "/prospects/\(created.id)/stage",
                form: [("stage", "contacted"), ("date", "2026-11-01"), ("version", "1")])
            let edit = try await bob.get("/prospects/\(created.id)/edit")

            #expect(page.status == .ok && !page.text.contains("id=\"stage-form\""))
            #expect(move.status == .forbidden && edit.status == .forbidden)
        }
    }

    @Test func anEditSavedOverANewerVersionIsAConflictThatKeepsTheForm() async throws {
        try await WebTestSite.run { site in
            let created = try await prospect(site)
            let unit = try await site.unitId(of: WebTestSite.adminName)
            let fields = [
                ("home", "320500"), ("name", "Toulouse"), ("nameZh", "图卢兹"), ("country", "FR"), ("unit", String(unit)),
                ("notes", "新的备注"),
            ]

            let saved = try await site.post("/prospects/\(created.id)/edit", form: fields + [("version", "1")])
            let stale = try await site.post("/prospects/\(created.id)/edit", form: fields + [("version", "1")])

            #expect(saved.status == .seeOther)
            #expect(stale.status == .conflict && stale.text.contains("新的备注"))
        }
    }

    @Test func theBoardShowsTheBatchesAndTheSentenceAndAnAdminSetsTheTarget() async throws {
        try await WebTestSite.run { site in
            _ = try await prospect(site, stage: .negotiating)

            let set = try await site.post(
                "/pipeline/target",
                form: [
                    ("home", "320500"), ("year", "2026"), ("newMin", "3"), ("newMax", "4"),
                    ("localitiesDate", "2026-12-31"),
                ])
            let refused = try await site.post(
                "/pipeline/target", form: [("home", "320500"), ("year", "2026"), ("newMin", "5"), ("newMax", "4")])
            let board = try await site.get("/pipeline?home=320500&year=2026").text
            let list = try await site.get("/prospects?stage=negotiating&sort=-date").text

            #expect(set.status == .seeOther && set.headers[.location] == "/pipeline?home=320500&year=2026&saved=1")
            #expect(refused.status == .unprocessableContent && refused.text.contains("新结好数下限不能大于上限"))
            #expect(board.contains("data-batch=\"inTalks\"") && board.contains("data-stage=\"negotiating\""))
            #expect(board.contains("2026年目标新结好3–4个，已签约0个，报批中0个，在谈1个，尚差3–4个。"))
            #expect(list.contains("图卢兹") && list.contains("aria-sort=\"descending\""))
        }
    }

    @Test func aHomeWithNoProspectsSaysWhatToDo() async throws {
        try await WebTestSite.run { site in
            let page = try await site.get("/pipeline?home=320100")
            let list = try await site.get("/prospects")

            #expect(page.status == .ok && page.text.contains("id=\"empty-state\""))
            #expect(list.text.contains("id=\"empty-state\""))
        }
    }
}
