import YouchengCore

/// The notice form's view model: title, kind, deadline, partner, text, and the units it goes to (all active units,
/// or those ticked), each with its value as typed and its error.
struct NoticeFormView: Sendable {
    let heading: String
    let action: String
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String
    /// Set when there is no active unit to send to: what to do first.
    let noUnits: String?

    init(
        form: NoticeForm, errors: FieldErrors?, units: [MemberUnit], partners: [Partner], display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "notice_field_", errors: errors, language: language, catalog: catalog)
        heading = catalog.text("notice_new", language)
        action = NoticeRoute.createNotice.link()
        let kind = NoticeKind(rawValue: form.kind) ?? NoticeKind(parsing: form.kind)
        let chosen = Set(form.units)
        fields = [
            kit.text("title", form.title, required: true),
            kit.select(
                "kind",
                NoticeKind.allCases.map {
                    SelectOption(value: $0.rawValue, label: $0.label.text(language), selected: $0 == kind)
                }),
            kit.date("deadline", form.deadline, entry: .day, hint: kit.text("notice_hint_deadline")),
            kit.select(
                "partner",
                // The filter's choices, its "any" first choice read as "none" here.
                ExchangeFilterForm.partnerChoices(partners, display: display, catalog: catalog).map {
                    SelectOption(
                        value: $0.value, label: $0.value.isEmpty ? kit.text("notice_partner_none") : $0.label,
                        selected: $0.value == form.partner)
                }),
            kit.textarea("body", form.body),
            kit.checkboxes(
                "all_units",
                [
                    SelectOption(
                        value: "1", label: kit.text("notice_all_units", ["count": String(units.count)]),
                        selected: form.allUnits)
                ], hint: kit.text("notice_hint_all_units")),
            kit.checkboxes(
                "units",
                units.map {
                    SelectOption(
                        value: String($0.id), label: $0.name.text(language), selected: chosen.contains(String($0.id)))
                }),
        ]
        hasFieldErrors = kit.hasErrors
        formError = nil
        formErrorLink = nil
        cancelHref = NoticeRoute.notices.link()
        noUnits = units.isEmpty ? catalog.text("notice_no_units", language) : nil
    }
}
