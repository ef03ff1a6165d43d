import Testing
import YouchengCore

/// The project form: amounts, currency, source references and the fields each refusal names.
@Suite struct ProjectFormTests {
    let today = Day(year: 2026, month: 5, day: 1)!

    func form() -> ProjectForm {
        var form = ProjectForm()
        form.title = "新能源汽车合资项目"
        form.partners = ["3", "5", "3"]
        form.unit = "2"
        form.kind = "投资"
        form.agreed = "1,200,000.5"
        form.currency = "eur"
        return form
    }

    @Test func aValidFormReadsLabelsAmountsAndCurrencyAndDropsRepeatedPartners() throws {
        let valid = try form().validated(today: today).get()
        #expect(valid.draft.kind == .investment && valid.draft.partnerIds == [3, 5] && valid.draft.unitId == 2)
        // 1,200,000.5 → 1,200,000 units and 50 hundredths = 120,000,050 hundredths.
        #expect(valid.draft.agreed == Money(hundredths: 120_000_050) && valid.draft.currency == "EUR")
        #expect(valid.stage == .lead && valid.date == today && valid.draft.source == nil)
    }

    @Test func everyBadFieldIsNamed() {
        var bad = form()
        bad.title = ""
        bad.partners = []
        bad.kind = "旅游"
        bad.realised = "-3"
        bad.budget = "1.234"
        bad.currency = "EURO"
        bad.sourceKind = "noticeAnswer"
        bad.sourceReference = "4"
        bad.date = "2026-05-02"
        guard case .failure(let errors) = bad.validated(today: today) else {
            Issue.record("the form was accepted")
            return
        }
        #expect(
            errors.errors.compactMap(\.field) == [
                "title", "partners", "kind", "realised", "budget", "currency", "source", "date",
            ])
    }

    @Test func aNoticeAnswerSourceIsNoticeSlashUnit() throws {
        var withSource = form()
        withSource.sourceKind = "noticeAnswer"
        withSource.sourceReference = "4/7"
        let valid = try withSource.validated(today: today).get()
        #expect(valid.draft.source == .noticeAnswer(noticeId: 4, unitId: 7))
        #expect(ProjectForm(valid.draft).sourceReference == "4/7")
    }
}
