import Testing
import YouchengCore

/// The meeting form and the decision form: what they accept, and errors that name the field, the agenda item or
/// the decision's number in both languages.
@Suite struct MeetingFormTests {
    func form(agenda: [JointMeetingForm.AgendaRow] = [], attendance: [(unit: String, status: String)] = [])
        -> JointMeetingForm
    {
        JointMeetingForm(
            date: "2026-04-16", kind: "季度机制会议", title: " 第二季度联席会议 ", convenor: "市外办主任", agenda: agenda,
            attendance: attendance)
    }

    func errors(_ result: Result<some Any, FieldErrors>) -> [FieldError] {
        if case .failure(let refused) = result { refused.errors } else { [] }
    }

    @Test func aFilledFormReadsBlankAgendaRowsSkippedLinksAndAttendance() throws {
        let result = form(
            agenda: [
                .init(text: "通报进展"), .init(), .init(text: "旅游推介", linkKind: "task", linkId: "7"),
                .init(text: "金泽需求", linkKind: "通知", linkId: " 3 "),
            ],
            attendance: [("2", "attended"), ("3", "委派代表"), ("4", "")]
        ).validated()

        let draft = try result.get()
        #expect(draft.kind == .quarterly && draft.title == "第二季度联席会议")
        #expect(draft.date == Day(year: 2026, month: 4, day: 16))
        #expect(
            draft.agenda == [
                AgendaItem(text: "通报进展"), AgendaItem(text: "旅游推介", link: AgendaLink(.task, id: 7)),
                AgendaItem(text: "金泽需求", link: AgendaLink(.notice, id: 3)),
            ])
        #expect(draft.attendance == [2: .attended, 3: .deputy])
    }

    @Test func agendaErrorsNameTheRowByItsNumberInTheForm() {
        let found = errors(
            form(agenda: [
                .init(text: "通报进展"), .init(linkKind: "task", linkId: "7"),
                .init(text: "友好关系", linkKind: "partnership", linkId: "abc"), .init(text: "某事", linkId: "5"),
            ]).validated())

        #expect(found.map(\.field) == ["agenda_2_text", "agenda_3_id", "agenda_4_id"])
        #expect(found[0].message.zh == "第 2 项议程：请填写议程内容")
        #expect(found[0].message.en == "agenda item 2: the text is required")
        #expect(found[1].message.zh == "第 3 项议程：关联编号「abc」应为正整数")
        #expect(found[2].message.en.hasPrefix("agenda item 4: choose whether \"5\" is"))
    }

    @Test func theFixedFieldsAndAttendanceAreCheckedTogether() {
        let found = errors(
            JointMeetingForm(date: "2026-02-30", kind: "茶话会", title: "", convenor: "", attendance: [("2", "迟到")])
                .validated())

        #expect(found.map(\.field) == ["date", "kind", "title", "convenor", "attendance_2"])
        #expect(found[0].message.zh == "会议日期「2026-02-30」无效，应为 YYYY-MM-DD")
        #expect(found[4].message.en.hasPrefix("attendance: unit 2's status \"迟到\" is not valid"))
    }

    @Test func aDecisionBecomesANewTaskWithItsDueDateReadAsThePeriodsLastDay() throws {
        let draft = try MeetingDecisionForm(
            text: "举办友城青年论坛", outcome: "new", plan: "1", number: "6.1", lead: "3", due: "2026Q3",
            cooperating: ["4", "3", "4", ""]
        ).validated(number: 2).get()

        #expect(draft.text == "举办友城青年论坛")
        // The title is the decision's text when none is given; the lead is left out of the cooperating units.
        #expect(
            draft.outcome
                == .newTask(
                    planId: 1,
                    task: PlanTaskDraft(
                        number: "6.1", title: "举办友城青年论坛", leadUnitId: 3, cooperatingUnitIds: [4],
                        due: Day(year: 2026, month: 9, day: 30))))
    }

    @Test func decisionErrorsNameTheDecisionsNumberAndEachField() throws {
        let newTask = errors(MeetingDecisionForm(text: "", outcome: "new", due: "明年").validated(number: 3))
        let existing = errors(MeetingDecisionForm(text: "关联", outcome: "existing", task: "x").validated(number: 4))

        #expect(newTask.map(\.field) == ["text", "plan", "number", "lead", "due"])
        #expect(newTask.allSatisfy { $0.message.zh.hasPrefix("第 3 项议定事项：") && $0.message.en.hasPrefix("decision 3: ") })
        #expect(newTask[4].message.zh == "第 3 项议定事项：完成时限「明年」无效，应为日期、月份、季度或年份")
        #expect(existing.map(\.field) == ["task"])
        #expect(existing[0].message.en == "decision 4: the task it is linked to \"x\" is not a valid id")
        #expect(
            try MeetingDecisionForm(text: "关联", outcome: "existing", task: "12").validated(number: 1).get().outcome
                == .existingTask(12))
    }
}
