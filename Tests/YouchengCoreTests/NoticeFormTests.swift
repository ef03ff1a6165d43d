import Testing
import YouchengCore

@Suite struct NoticeFormTests {
    let today = Day(year: 2026, month: 3, day: 10)!

    @Test func aCompleteFormBecomesADraftWithTrimmedTextAndSortedUniqueUnits() throws {
        let form = NoticeForm(
            title: "  金泽市寻求中学结好 ", body: "详见附件\n", kind: "友城需求", partner: "12", deadline: "2026-03-10",
            units: ["7", " 3", "7"])

        let draft = try form.validated(today: today).get()

        #expect(
            draft
                == NoticeDraft(
                    title: "金泽市寻求中学结好", body: "详见附件", kind: .partnerRequest, partnerId: 12, deadline: today,
                    addressees: .units([3, 7])))
    }

    @Test func allUnitsNeedsNoUnitListAndADeadlineIsOptional() throws {
        let draft = try NoticeForm(title: "展会", kind: "fairInvitation", allUnits: true, units: ["x"])
            .validated(today: today).get()

        #expect(draft.addressees == .all && draft.deadline == nil && draft.partnerId == nil)
    }

    @Test func everyBadFieldIsNamed() {
        let form = NoticeForm(
            title: "", body: String(repeating: "字", count: 10_001), kind: "meeting", partner: "金泽",
            deadline: "2026-02-30",
            units: [])

        guard case .failure(let errors) = form.validated(today: today) else {
            Issue.record("accepted")
            return
        }

        #expect(errors.errors.map(\.field) == ["title", "body", "kind", "partner", "deadline", "units"])
        #expect(errors.message(for: "kind")?.en.contains("meeting") == true)
        #expect(errors.message(for: "units")?.zh.contains("全部单位") == true)
    }

    @Test func aDeadlineBeforeTodayIsRefusedButTodayIsAccepted() {
        let yesterday = NoticeForm(title: "t", kind: "proposal", deadline: "2026-03-09", allUnits: true)
        let sameDay = NoticeForm(title: "t", kind: "proposal", deadline: "2026-03-10", allUnits: true)

        guard case .failure(let errors) = yesterday.validated(today: today) else {
            Issue.record("accepted")
            return
        }
        #expect(errors.errors.map(\.code) == ["past_deadline"])
        #expect((try? sameDay.validated(today: today).get())?.deadline == today)
    }

    @Test func aUnitIdThatIsNotANumberIsNamed() {
        guard
            case .failure(let errors) = NoticeForm(title: "t", kind: "proposal", units: ["3", "商务局"]).validated(
                today: today)
        else {
            Issue.record("accepted")
            return
        }
        #expect(errors.errors.map(\.code) == ["invalid_unit"])
        #expect(errors.message(for: "units")?.zh.contains("商务局") == true)
    }

    @Test func anAnswersCommentAndContactHaveLimits() {
        let long = NoticeResponseDraft(
            answer: .needInfo, comment: String(repeating: "a", count: 2001), contact: String(repeating: "b", count: 201)
        )

        #expect(throws: FieldErrors.self) { try long.validated() }
        let fine = try? NoticeResponseDraft(answer: .needInfo, comment: " 请提供日程 ", contact: "王").validated()
        #expect(fine?.comment == "请提供日程")
    }
}
