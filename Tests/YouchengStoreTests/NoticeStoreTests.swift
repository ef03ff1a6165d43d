import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct NoticeStoreTests {
    let admin = AuditActor(username: "admin", unitId: 1)

    /// Services at 2026-03-10 09:00 UTC with three units: the FAO (1), 商务局 (2), 教育局 (3, deactivated later
    /// where a test says so).
    struct Fixture {
        let services: Services
        let clock: TestClock
        let fao: MemberUnit
        let commerce: MemberUnit
        let education: MemberUnit

        init(_ database: Database) async throws {
            clock = TestClock("2026-03-10T09:00:00Z")
            services = Services.forTests(database, clock: clock)
            let units = services.accounts.units
            fao = try await units.create(MemberUnit.defaultDraft, by: .system)
            commerce = try await units.create(
                UnitDraft(nameZh: "商务局", nameEn: "Commerce", kind: .bureau, homeCode: nil, contactPerson: ""),
                by: .system)
            education = try await units.create(
                UnitDraft(nameZh: "教育局", nameEn: "Education", kind: .bureau, homeCode: nil, contactPerson: ""),
                by: .system)
        }
    }

    func draft(_ addressees: NoticeAddressees, deadline: String? = "2026-03-31") -> NoticeDraft {
        NoticeDraft(
            title: "金泽市寻求中学结好", body: "金泽市教育委员会希望与我市一所中学结好。", kind: .partnerRequest,
            deadline: deadline.flatMap(Day.init(parsing:)), addressees: addressees)
    }

    @Test(arguments: TestBackend.available)
    func allUnitsMeansTheUnitsActiveWhenSentAndALaterUnitDoesNotInheritIt(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            _ = try await f.services.accounts.units.deactivate(id: f.education.id, expectedVersion: nil, by: .system)

            let sent = try await f.services.notices.create(draft(.all), by: admin)
            let later = try await f.services.accounts.units.create(
                UnitDraft(nameZh: "文旅局", nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""), by: .system)
            let stored = try #require(try await f.services.notices.notice(id: sent.notice.id))

            #expect(stored.notice.toAllUnits)
            #expect(stored.notice.unitIds == [f.fao.id, f.commerce.id])
            #expect(!stored.notice.unitIds.contains(later.id))
            #expect(stored.unanswered == [f.fao.id, f.commerce.id])
            let listed = try await f.services.notices.list(
                NoticeQuery(unitId: later.id), today: Day(parsing: "2026-03-10")!)
            #expect(listed.total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func aNoticeIsStoredWithItsFieldsAndAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)

            let sent = try await f.services.notices.create(draft(.units([f.education.id, f.commerce.id])), by: admin)
            let stored = try #require(try await f.services.notices.notice(id: sent.notice.id))
            let entries = try await f.services.audit.entries(AuditQuery(entityType: .notice))

            #expect(stored == sent)
            #expect(stored.notice.title == "金泽市寻求中学结好" && stored.notice.kind == .partnerRequest)
            #expect(stored.notice.deadline == Day(year: 2026, month: 3, day: 31) && !stored.notice.toAllUnits)
            #expect(stored.notice.createdBy == "admin" && stored.notice.createdAt == f.clock.now)
            #expect(stored.notice.unitIds == [f.commerce.id, f.education.id])
            let entry = try #require(entries.items.first)
            #expect(entries.total == 1 && entry.action == .create && entry.entityId == String(sent.notice.id))
            #expect(entry.changes.contains(FieldChange(field: "units", before: nil, after: "2,3")))
            #expect(entry.changes.contains(FieldChange(field: "deadline", before: nil, after: "2026-03-31")))
        }
    }

    @Test(arguments: TestBackend.available)
    func anInactiveOrUnknownUnitOrPartnerIsRefusedAndNothingIsStored(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            _ = try await f.services.accounts.units.deactivate(id: f.education.id, expectedVersion: nil, by: .system)

            await #expect(throws: NoticeError.unknownUnit(f.education.id)) {
                try await f.services.notices.create(draft(.units([f.commerce.id, f.education.id])), by: admin)
            }
            await #expect(throws: NoticeError.unknownUnit(99)) {
                try await f.services.notices.create(draft(.units([99])), by: admin)
            }
            var withPartner = draft(.all)
            withPartner.partnerId = 77
            await #expect(throws: NoticeError.unknownPartner(77)) {
                try await f.services.notices.create(withPartner, by: admin)
            }
            let all = try await f.services.notices.list(NoticeQuery(), today: Day(parsing: "2026-03-10")!)
            #expect(all.total == 0)
            #expect(try await f.services.audit.entries(AuditQuery(entityType: .notice)).total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func aSecondAnswerReplacesTheFirstAndBothStayInTheAudit(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let sent = try await f.services.notices.create(draft(.units([f.commerce.id, f.education.id])), by: admin)
            let bob = AuditActor(username: "bob", unitId: f.commerce.id)

            _ = try await f.services.notices.respond(
                noticeId: sent.notice.id, unitId: f.commerce.id,
                NoticeResponseDraft(answer: .needInfo, comment: "请提供学校名单", contact: "王"), by: bob)
            let firstTime = f.clock.now
            f.clock.advance(86_400 * 30)
            _ = try await f.services.notices.respond(
                noticeId: sent.notice.id, unitId: f.commerce.id,
                NoticeResponseDraft(answer: .interested, comment: "可对接", contact: "王"), by: bob)
            let stored = try #require(try await f.services.notices.notice(id: sent.notice.id))
            let entries = try await f.services.audit.entries(AuditQuery(entityType: .noticeResponse))

            let answer = try #require(stored.responses[f.commerce.id])
            #expect(stored.responses.count == 1 && stored.unanswered == [f.education.id])
            #expect(answer.draft.answer == .interested && answer.draft.comment == "可对接")
            #expect(answer.firstAnsweredAt == firstTime && answer.answeredAt == f.clock.now)
            #expect(entries.total == 2)
            #expect(entries.items.map(\.action) == [.update, .create])
            #expect(entries.items.allSatisfy { $0.entityId == "\(sent.notice.id)/\(f.commerce.id)" })
            #expect(
                entries.items[0].changes.contains(FieldChange(field: "answer", before: "needInfo", after: "interested"))
            )
        }
    }

    @Test(arguments: TestBackend.available)
    func theSameAnswerAgainWritesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let sent = try await f.services.notices.create(draft(.units([f.commerce.id])), by: admin)
            let answer = NoticeResponseDraft(answer: .notInterested)
            let bob = AuditActor(username: "bob", unitId: f.commerce.id)

            _ = try await f.services.notices.respond(noticeId: sent.notice.id, unitId: f.commerce.id, answer, by: bob)
            f.clock.advance(60)
            _ = try await f.services.notices.respond(noticeId: sent.notice.id, unitId: f.commerce.id, answer, by: bob)

            #expect(try await f.services.audit.entries(AuditQuery(entityType: .noticeResponse)).total == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aUnitNotAddressedOrAnUnknownNoticeOrExchangeIsRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let sent = try await f.services.notices.create(draft(.units([f.commerce.id])), by: admin)
            let answer = NoticeResponseDraft(answer: .interested)

            await #expect(throws: NoticeError.notAddressed(unitId: f.education.id)) {
                try await f.services.notices.respond(
                    noticeId: sent.notice.id, unitId: f.education.id, answer, by: admin)
            }
            await #expect(throws: NoticeError.notFound) {
                try await f.services.notices.respond(noticeId: 999, unitId: f.commerce.id, answer, by: admin)
            }
            await #expect(throws: NoticeError.unknownExchange(5)) {
                try await f.services.notices.respond(
                    noticeId: sent.notice.id, unitId: f.commerce.id,
                    NoticeResponseDraft(answer: .interested, exchangeId: 5),
                    by: admin)
            }
            #expect(try await f.services.notices.notice(id: sent.notice.id)?.responses.isEmpty == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func theListFiltersByUnitAndOpenAndPagesNewestFirst(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let notices = f.services.notices
            // Sent in this order: A (deadline 03-10, to commerce), B (no deadline, all), C (deadline 03-31, education).
            let a = try await notices.create(draft(.units([f.commerce.id]), deadline: "2026-03-10"), by: admin)
            f.clock.advance(60)
            let b = try await notices.create(draft(.all, deadline: nil), by: admin)
            f.clock.advance(60)
            let c = try await notices.create(draft(.units([f.education.id])), by: admin)
            let march10 = Day(parsing: "2026-03-10")!
            let march11 = Day(parsing: "2026-03-11")!

            func ids(_ query: NoticeQuery, _ today: Day) async throws -> [Int64] {
                try await notices.list(query, today: today).items.map(\.notice.id)
            }
            #expect(try await ids(NoticeQuery(), march10) == [c.notice.id, b.notice.id, a.notice.id])
            #expect(try await ids(NoticeQuery(unitId: f.commerce.id), march10) == [b.notice.id, a.notice.id])
            // On the deadline day A is still open; the day after it is closed.
            #expect(try await ids(NoticeQuery(open: true), march10) == [c.notice.id, b.notice.id, a.notice.id])
            #expect(try await ids(NoticeQuery(open: true), march11) == [c.notice.id, b.notice.id])
            #expect(try await ids(NoticeQuery(open: false), march11) == [a.notice.id])
            let second = try await notices.list(NoticeQuery(page: 2, per: 2), today: march10)
            #expect(second.total == 3 && second.items.map(\.notice.id) == [a.notice.id])
        }
    }

    @Test(arguments: TestBackend.available)
    func answerRatesCountNoticesWithADeadlineInTheYear(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let notices = f.services.notices
            let utc = TimeZone(identifier: "UTC")!
            // Both to commerce and education, deadline 2026-03-31; commerce answers on the day, education the day after.
            let sent = try await notices.create(draft(.units([f.commerce.id, f.education.id])), by: admin)
            _ = try await notices.create(draft(.units([f.commerce.id]), deadline: nil), by: admin)
            f.clock.set(try Date("2026-03-31T23:59:59Z", strategy: .iso8601))
            _ = try await notices.respond(
                noticeId: sent.notice.id, unitId: f.commerce.id, NoticeResponseDraft(answer: .interested), by: admin)
            f.clock.set(try Date("2026-04-01T00:00:00Z", strategy: .iso8601))
            _ = try await notices.respond(
                noticeId: sent.notice.id, unitId: f.education.id, NoticeResponseDraft(answer: .needInfo), by: admin)

            let rates = try await notices.answerRates(year: 2026, timeZone: utc)

            #expect(
                rates == [
                    NoticeAnswerRate(unitId: f.commerce.id, addressed: 1, onTime: 1),
                    NoticeAnswerRate(unitId: f.education.id, addressed: 1, onTime: 0),
                ])
            #expect(try await notices.answerRates(year: 2025, timeZone: utc).isEmpty)
        }
    }
}
