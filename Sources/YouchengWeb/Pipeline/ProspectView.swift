import YouchengCore

/// One prospect's page: its facts, the partnership signing created (linked to the partner's page), the stage
/// history oldest first, and for who may write it the edit link and the stage form (the stages the rules allow,
/// the day, the reason, the partnership kind for signing).
struct ProspectView: Sendable {
    struct HistoryRow: Sendable {
        let stage: CodedLabel
        let date: String
        let reason: String?
        let by: String
    }

    let title: String
    let notice: String?
    let backHref: String
    let row: ProspectRow
    let geonameId: String?
    let notes: String?
    let partnershipHref: String?
    let partnershipLabel: String?
    let history: [HistoryRow]
    let editHref: String?
    /// The deletion's confirmation page, for who may write it while it is not signed.
    let deleteHref: String?
    /// The stage form, when the principal may write and the stage is not final.
    let stageForm: StageForm?
    let hasFieldErrors: Bool
    let formError: String?

    struct StageForm: Sendable {
        let action: String
        let version: Int
        let fields: [FormField]
    }

    init(
        prospect: Prospect, form: ProspectStageForm, errors: FieldErrors?, notice: String?, mayWrite: Bool,
        units: [Int64: MemberUnit], partnership: PartnershipRecord?, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "prospect_field_", errors: errors, language: language, catalog: catalog)
        row = ProspectRow(prospect, units: units, display: display)
        title = row.name
        self.notice = notice.map { kit.text($0) }
        backHref = PipelineRoute.pipeline.link([("home", prospect.draft.homeCode)])
        geonameId = prospect.draft.geonameId.map(String.init)
        notes = prospect.draft.notes.isEmpty ? nil : prospect.draft.notes
        partnershipHref = partnership.map { RegistryRoute.partner(id: $0.partner.id).link() }
        partnershipLabel = partnership.map {
            "\(display.home($0.home)) — \($0.partner.displayName(language)) · \(display.kind($0.partnership.kind)) · "
                + display.date($0.partnership.established)
        }
        history = prospect.history.reversed().map {
            HistoryRow(
                stage: CodedLabel($0.stage, display), date: $0.date.description,
                reason: $0.reason.isEmpty ? nil : $0.reason, by: $0.by)
        }
        editHref = mayWrite ? PipelineRoute.editProspect(id: prospect.id).link() : nil
        deleteHref =
            mayWrite && prospect.stage != .signed ? PipelineRoute.deleteProspectConfirm(id: prospect.id).link() : nil
        let choices = ProspectStageRules.next(from: prospect.stage)
        if mayWrite && !choices.isEmpty {
            // Unless the form says otherwise, the next stage forward is chosen (never a step back by accident).
            let following = prospect.stage.order.map { ProspectStage.forward.dropFirst($0 + 1).first } ?? nil
            let chosen = ProspectStage(rawValue: form.stage) ?? following
            stageForm = StageForm(
                action: PipelineRoute.changeStage(id: prospect.id).link(), version: prospect.version,
                fields: [
                    kit.select(
                        "stage",
                        choices.map {
                            SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == chosen)
                        }),
                    kit.date("date", form.date, entry: .day, required: true),
                    kit.text("reason", form.reason, hint: kit.text("prospect_hint_reason")),
                    kit.select(
                        "kind",
                        [SelectOption(value: "", label: kit.text("prospect_kind_none"))]
                            + PartnershipKind.allCases.map {
                                SelectOption(
                                    value: $0.rawValue, label: display.kind($0), selected: $0.rawValue == form.kind)
                            },
                        hint: kit.text("prospect_hint_kind")),
                ])
        } else {
            stageForm = nil
        }
        hasFieldErrors = kit.hasErrors
        formError = errors?.message(for: "version")?.text(language)
    }
}
