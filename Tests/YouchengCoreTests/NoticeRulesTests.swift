import Foundation
import Testing
import YouchengCore

@Suite struct NoticeRulesTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// `text` as an instant (ISO 8601 with its offset).
    func time(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func notice(id: Int64 = 1, deadline: String?, units: [Int64]) -> Notice {
        Notice(
            id: id, title: "金泽市寻求中学结好", body: "", kind: .partnerRequest, partnerId: nil,
            deadline: deadline.map(day), toAllUnits: false, unitIds: units, createdBy: "admin",
            createdAt: time("2026-01-05T09:00:00+08:00"))
    }

    func response(_ noticeId: Int64 = 1, unit: Int64, _ answer: NoticeAnswer = .interested, at text: String)
        -> NoticeResponse
    {
        NoticeResponse(
            noticeId: noticeId, unitId: unit, draft: NoticeResponseDraft(answer: answer), firstAnsweredAt: time(text),
            answeredAt: time(text), answeredBy: "alice")
    }

    @Test func unitsThatHaveNotAnsweredAreUnansweredInIdOrder() {
        let detail = NoticeDetail(
            notice: notice(deadline: nil, units: [3, 5, 8]), responses: [response(unit: 5, at: "2026-01-06T10:00:00Z")])

        #expect(detail.unanswered == [3, 8])
        #expect(detail.answeredCount == 1)
    }

    @Test func anAnswerFromAUnitNotAddressedIsIgnoredAndRefused() {
        let detail = NoticeDetail(
            notice: notice(deadline: nil, units: [3]), responses: [response(unit: 9, at: "2026-01-06T10:00:00Z")])

        #expect(detail.unanswered == [3] && detail.answeredCount == 0)
        #expect(throws: NoticeError.notAddressed(unitId: 9)) {
            try detail.answering(
                NoticeResponseDraft(answer: .interested), unitId: 9, at: time("2026-01-07T10:00:00Z"), by: "bob")
        }
    }

    @Test func aChangedAnswerReplacesTheFirstButKeepsWhenTheUnitFirstAnswered() throws {
        let first = response(unit: 3, .needInfo, at: "2026-01-06T10:00:00Z")
        let detail = NoticeDetail(notice: notice(deadline: "2026-01-10", units: [3]), responses: [first])

        let changed = try detail.answering(
            NoticeResponseDraft(answer: .interested, comment: "可对接"), unitId: 3, at: time("2026-01-20T10:00:00Z"),
            by: "carol")

        #expect(changed.draft.answer == .interested && changed.draft.comment == "可对接")
        #expect(changed.answeredAt == time("2026-01-20T10:00:00Z") && changed.answeredBy == "carol")
        #expect(changed.firstAnsweredAt == time("2026-01-06T10:00:00Z"))
    }

    @Test func silenceIsOverdueOnlyAfterTheDeadlineDay() {
        let detail = NoticeDetail(
            notice: notice(deadline: "2026-03-31", units: [3, 5]),
            responses: [response(unit: 5, at: "2026-03-01T10:00:00Z")])

        #expect(detail.overdue(on: day("2026-03-30")) == [])
        #expect(detail.overdue(on: day("2026-03-31")) == [])
        #expect(detail.overdue(on: day("2026-04-01")) == [3])
        #expect(detail.notice.isOpen(on: day("2026-03-31")) && !detail.notice.isOpen(on: day("2026-04-01")))
    }

    @Test func aNoticeWithoutDeadlineIsNeverOverdue() {
        let detail = NoticeDetail(notice: notice(deadline: nil, units: [3]), responses: [])

        #expect(detail.overdue(on: day("2099-12-31")) == [])
        #expect(detail.notice.isOpen(on: day("2099-12-31")))
    }

    @Test func anAnswerOnTheDeadlineDayInTheOfficesTimeZoneIsOnTimeAndTheNextDayIsLate() {
        // Deadline 2026-03-31 in Shanghai (UTC+8): 23:59 local is on time though it is 15:59 UTC; 00:00 local on
        // 1 April is late though it is still 31 March in UTC.
        let details = [
            NoticeDetail(
                notice: notice(id: 1, deadline: "2026-03-31", units: [3, 5]),
                responses: [
                    response(1, unit: 3, at: "2026-03-31T23:59:00+08:00"),
                    response(1, unit: 5, at: "2026-04-01T00:00:00+08:00"),
                ])
        ]

        let rates = NoticeAnswerRate.rates(year: 2026, notices: details, timeZone: shanghai)

        #expect(
            rates == [
                NoticeAnswerRate(unitId: 3, addressed: 1, onTime: 1),
                NoticeAnswerRate(unitId: 5, addressed: 1, onTime: 0),
            ])
    }

    @Test func theRateCountsNoticesWhoseDeadlineFallsInTheYearAndTheFirstAnswersTime() {
        // Unit 3 gets four notices: deadlines 2025-12-31 (other year), 2026-01-01, 2026-12-31 and none.
        // It answers the first 2026 one on time and changes it late (still on time); the second never.
        var changedLate = response(2, unit: 3, .needInfo, at: "2026-01-01T08:00:00+08:00")
        changedLate.answeredAt = time("2026-02-01T08:00:00+08:00")
        let details = [
            NoticeDetail(
                notice: notice(id: 1, deadline: "2025-12-31", units: [3]),
                responses: [response(1, unit: 3, at: "2025-12-01T08:00:00+08:00")]),
            NoticeDetail(notice: notice(id: 2, deadline: "2026-01-01", units: [3, 4]), responses: [changedLate]),
            NoticeDetail(notice: notice(id: 3, deadline: "2026-12-31", units: [3]), responses: []),
            NoticeDetail(
                notice: notice(id: 4, deadline: nil, units: [3]),
                responses: [response(4, unit: 3, at: "2026-05-01T08:00:00+08:00")]),
        ]

        let rates = NoticeAnswerRate.rates(year: 2026, notices: details, timeZone: shanghai)

        // Unit 3: 1 of 2 on time (50 %); unit 4: 0 of 1.
        #expect(
            rates == [
                NoticeAnswerRate(unitId: 3, addressed: 2, onTime: 1),
                NoticeAnswerRate(unitId: 4, addressed: 1, onTime: 0),
            ])
        #expect(rates.map(\.percent) == [50, 0])
    }

    @Test func anUnansweredNoticeCountsOnlyOnceItsDeadlineHasPassed() {
        // Unit 3 has not answered notice 1 (deadline 2026-06-30) and answered notice 2 (deadline 2026-07-31) early.
        let details = [
            NoticeDetail(notice: notice(id: 1, deadline: "2026-06-30", units: [3]), responses: []),
            NoticeDetail(
                notice: notice(id: 2, deadline: "2026-07-31", units: [3]),
                responses: [response(2, unit: 3, at: "2026-06-01T08:00:00+08:00")]),
        ]
        func rate(_ asOf: String) -> NoticeAnswerRate? {
            NoticeAnswerRate.rates(year: 2026, notices: details, timeZone: shanghai, asOf: Day(parsing: asOf)).first
        }

        // On the deadline day unit 3 may still answer notice 1: only the answered notice counts (1 of 1).
        #expect(rate("2026-06-30") == NoticeAnswerRate(unitId: 3, addressed: 1, onTime: 1))
        // The day after, notice 1 is late and counts: 1 of 2.
        #expect(rate("2026-07-01") == NoticeAnswerRate(unitId: 3, addressed: 2, onTime: 1))
    }

    @Test func percentRoundsHalfUp() {
        #expect(NoticeAnswerRate(unitId: 1, addressed: 3, onTime: 2).percent == 67)
        #expect(NoticeAnswerRate(unitId: 1, addressed: 8, onTime: 1).percent == 13)  // 12.5
        #expect(NoticeAnswerRate(unitId: 1, addressed: 3, onTime: 1).percent == 33)
    }

    @Test func onlyAWriterOfAnAddressedUnitMayAnswer() {
        let addressed: [Int64] = [3, 5]

        #expect(
            AccessPolicy.mayAnswerNotice(
                addressedTo: addressed, as: Principal(role: .editor, unitId: 3, unitHomeCode: nil)))
        #expect(
            AccessPolicy.mayAnswerNotice(
                addressedTo: addressed, as: Principal(role: .admin, unitId: 5, unitHomeCode: nil)))
        #expect(
            !AccessPolicy.mayAnswerNotice(
                addressedTo: addressed, as: Principal(role: .editor, unitId: 4, unitHomeCode: nil)))
        #expect(
            !AccessPolicy.mayAnswerNotice(
                addressedTo: addressed, as: Principal(role: .admin, unitId: 1, unitHomeCode: nil)))
        #expect(
            !AccessPolicy.mayAnswerNotice(
                addressedTo: addressed, as: Principal(role: .viewer, unitId: 3, unitHomeCode: nil)))
    }
}
