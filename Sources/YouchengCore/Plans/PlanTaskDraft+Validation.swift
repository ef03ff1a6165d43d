import Foundation

extension PlanTaskDraft {
    /// The draft trimmed, or every broken rule: a number of 1–20 characters, a title of 1–500, a description and a
    /// target of at most 2000, domains and partners of at most 100 each. Cooperating units lose the lead unit and
    /// repeats; blank list items go.
    public func validated() throws(FieldErrors) -> PlanTaskDraft {
        func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        var draft = self
        draft.number = trim(number)
        draft.title = trim(title)
        draft.description = trim(description)
        draft.target = trim(target)
        draft.domains = domains.map(trim).filter { !$0.isEmpty }
        draft.partners = partners.map(trim).filter { !$0.isEmpty }
        draft.countries = countries.map(trim).filter { !$0.isEmpty }
        var seen: Set<Int64> = [leadUnitId]
        draft.cooperatingUnitIds = cooperatingUnitIds.filter { seen.insert($0).inserted }
        var errors: [FieldError] = []
        if draft.number.isEmpty {
            errors.append(
                FieldError(
                    code: "required", field: "number",
                    message: Bilingual(zh: "请填写任务序号", en: "the task's number is required")))
        } else if draft.number.count > PlanImporter.maxNumber {
            errors.append(
                PlanField.tooLong("number", zh: "任务序号", en: "the task's number", limit: PlanImporter.maxNumber))
        }
        if draft.title.isEmpty {
            errors.append(
                FieldError(
                    code: "required", field: "title",
                    message: Bilingual(zh: "请填写任务名称", en: "the task's title is required")))
        } else if draft.title.count > PlanImporter.maxTitle {
            errors.append(PlanField.tooLong("title", zh: "任务名称", en: "the task's title", limit: PlanImporter.maxTitle))
        }
        if draft.description.count > PlanImporter.maxText {
            errors.append(
                PlanField.tooLong("description", zh: "任务说明", en: "the description", limit: PlanImporter.maxText))
        }
        if draft.target.count > PlanImporter.maxText {
            errors.append(PlanField.tooLong("target", zh: "目标", en: "the target", limit: PlanImporter.maxText))
        }
        for (field, zh, en, items) in [
            ("domains", "领域", "a domain", draft.domains), ("partners", "友城", "a partner", draft.partners),
        ] where items.contains(where: { $0.count > PlanImporter.maxItem }) {
            errors.append(PlanField.tooLong(field, zh: "每个\(zh)", en: en, limit: PlanImporter.maxItem))
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return draft
    }
}
