import YouchengCore

/// One project's view model: its facts (partners linked to their pages, unit, domain, stage, whether it is stalled,
/// amounts, the office's budget and cost, the source linked to its record), the stage timeline, the notes, and for
/// those who may write it the stage and note forms and the edit and delete links.
struct ProjectView: Sendable {
    /// What the stage and note forms show: the values as typed, or today's date.
    struct Input: Sendable {
        var date: String
        var stage = ""
        var reason = ""
        var note = ""
    }

    struct Fact: Sendable {
        let label: String
        let value: String
        let href: String?
    }

    struct TimelineRow: Sendable {
        let date: String
        let stage: CodedLabel
        let reason: String
        let by: String
    }

    struct NoteRow: Sendable {
        let date: String
        let text: String
        let by: String
    }

    let title: String
    let notice: String?
    let stage: CodedLabel
    let stalledText: String?
    let partners: [LinkedLabel]
    let facts: [Fact]
    let timeline: [TimelineRow]
    let notes: [NoteRow]
    let mayWrite: Bool
    let stageFields: [FormField]
    let noteFields: [FormField]
    let stageAction: String
    let noteAction: String
    let version: Int
    let hasFieldErrors: Bool
    let formError: String?
    let editHref: String?
    let deleteHref: String?
    let backHref: String

    init(
        project: CooperationProject, input: Input, errors: FieldErrors?, notice: String?, mayWrite: Bool,
        lookups: ExchangeContext, rule: (days: Int, asOf: Day), sourceMeeting: Int64?, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "project_field_", errors: errors, language: language, catalog: catalog)
        let d = project.draft
        title = d.title
        self.notice = notice.map { kit.text($0) }
        stage = CodedLabel(project.stage, display)
        stalledText =
            ProjectRules.isStalled(
                stage: project.stage, lastUpdate: project.lastUpdate, asOf: rule.asOf, days: rule.days)
            ? kit.text("project_stalled_since", ["date": project.lastUpdate.description, "days": String(rule.days)])
            : nil
        partners = d.partnerIds.map { id in
            LinkedLabel(
                label: lookups.partnersById[id].map { "\($0.displayName(language)) (\($0.country))" } ?? "#\(id)",
                href: RegistryRoute.partner(id: id).link())
        }
        func money(_ amount: Money?, _ currency: String) -> String {
            amount.map { "\($0.grouped) \(currency)" } ?? "—"
        }
        var facts = [
            Fact(label: kit.text("project_field_unit"), value: lookups.unitName(d.unitId, language), href: nil),
            Fact(label: kit.text("project_field_kind"), value: display.text(d.kind.label), href: nil),
            Fact(label: kit.text("project_started"), value: project.history.first?.date.description ?? "", href: nil),
            Fact(label: kit.text("project_last_update"), value: project.lastUpdate.description, href: nil),
            Fact(label: kit.text("project_field_agreed"), value: money(d.agreed, d.currency), href: nil),
            Fact(label: kit.text("project_field_realised"), value: money(d.realised, d.currency), href: nil),
            Fact(label: kit.text("project_field_budget"), value: money(d.budget, CurrencyCode.home), href: nil),
            Fact(label: kit.text("project_field_actualCost"), value: money(d.actualCost, CurrencyCode.home), href: nil),
        ]
        if let source = d.source {
            let href: String? =
                switch source {
                case .exchange: nil
                case .noticeAnswer(let notice, _): NoticeRoute.notice(id: notice).link()
                case .decision: sourceMeeting.map { MeetingRoute.meeting(id: $0).link() }
                }
            facts.append(
                Fact(
                    label: kit.text("project_field_source"),
                    value: "\(display.text(source.kind.label)) \(source.reference)", href: href))
        }
        self.facts = facts
        timeline = project.history.reversed().map {
            TimelineRow(date: $0.date.description, stage: CodedLabel($0.stage, display), reason: $0.reason, by: $0.by)
        }
        notes = project.notes.map { NoteRow(date: $0.date.description, text: $0.text, by: $0.by) }
        stageAction = ProjectRoute.changeStage(id: project.id).link()
        noteAction = ProjectRoute.addNote(id: project.id).link()
        version = project.version
        if mayWrite {
            let chosen = ProjectStage(rawValue: input.stage)
            stageFields = [
                kit.select(
                    "stage",
                    [SelectOption(value: "", label: kit.text("project_choose_stage"))]
                        + ProjectStage.allCases.filter { $0 != project.stage }.map {
                            SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == chosen)
                        }),
                kit.date("date", input.date, entry: .day, required: true),
                kit.text("reason", input.reason, hint: kit.text("project_hint_reason")),
            ]
            noteFields = [
                kit.date("note_date", input.date, entry: .day, required: true),
                kit.textarea("text", input.note),
            ]
        } else {
            stageFields = []
            noteFields = []
        }
        self.mayWrite = mayWrite
        hasFieldErrors = kit.hasErrors
        formError = errors?.message(for: "version")?.text(language)
        editHref = mayWrite ? ProjectRoute.editProject(id: project.id).link() : nil
        deleteHref = mayWrite ? ProjectRoute.deleteProjectConfirm(id: project.id).link() : nil
        backHref = ProjectRoute.projects.link()
    }
}
