import YouchengCore

/// One task's view model: its fields, its parent and child tasks, its reports newest first, and for a writer of
/// one of its units the report form.
struct TaskView: Sendable {
    /// A report in the timeline.
    struct ReportRow: Sendable {
        let date: String
        let unit: String
        let status: CodedLabel
        let progress: String
        let text: String
        /// Nil when the report gives none.
        let nextSteps: String?
        let reportedBy: String
    }

    /// The report form: date, status, progress, text, next steps.
    struct ReportFormView: Sendable {
        let heading: String
        let action: String
        let fields: [FormField]
        let hasFieldErrors: Bool
        let formError: String?
        let formErrorLink: FormLink?
    }

    let title: String
    let notice: String?
    let planTitle: String
    let planHref: String
    let facts: [LabelledText]
    let overdue: Bool
    let status: CodedLabel
    let parent: PlanView.TaskLink?
    let children: [PlanView.TaskLink]
    let editHref: String?
    let reports: [ReportRow]
    let reportForm: ReportFormView?

    init(
        task: PlanTask, plan: Plan, tasks: [PlanTask], reports: [ProgressReport], form: ReportForm,
        errors: FieldErrors?, notice: String?, mayReport: Bool, mayManage: Bool, principal: Principal,
        names: UnitNames, today: Day, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        let d = task.draft
        let list = language == .zh ? "、" : ", "
        title = "\(d.number) \(d.title)"
        self.notice = notice.map { text($0) }
        planTitle = plan.title
        planHref = PlanRoute.plan(id: plan.id).link()
        facts = [
            LabelledText(label: text("plans_task_field_number"), value: d.number),
            LabelledText(label: text("plans_task_field_leadUnitId"), value: names.name(d.leadUnitId)),
            LabelledText(label: text("plans_task_field_cooperatingUnitIds"), value: names.names(d.cooperatingUnitIds)),
            LabelledText(label: text("plans_task_field_due"), value: d.due?.description ?? text("plans_no_due")),
            LabelledText(label: text("plans_progress"), value: "\(task.progress)%"),
            LabelledText(label: text("plans_task_field_domains"), value: d.domains.joined(separator: list)),
            LabelledText(label: text("plans_task_field_partners"), value: d.partners.joined(separator: list)),
            LabelledText(label: text("plans_task_field_target"), value: d.target),
            LabelledText(label: text("plans_task_field_description"), value: d.description),
        ].filter { !$0.value.isEmpty }
        overdue = PlanRules.isOverdue(task, asOf: today)
        status = CodedLabel(task.status, display)
        func link(_ t: PlanTask) -> PlanView.TaskLink {
            PlanView.TaskLink(number: t.draft.number, title: t.draft.title, href: PlanRoute.task(id: t.id).link())
        }
        parent = task.parentId.flatMap { id in tasks.first { $0.id == id } }.map(link)
        children = tasks.filter { $0.parentId == task.id }.map(link)
        editHref = mayManage ? PlanRoute.editTask(id: task.id).link() : nil
        self.reports = reports.map { r in
            ReportRow(
                date: r.draft.date.description, unit: names.name(r.unitId), status: CodedLabel(r.draft.status, display),
                progress: "\(r.draft.progress)%", text: r.draft.text,
                nextSteps: r.draft.nextSteps.isEmpty ? nil : r.draft.nextSteps,
                reportedBy: r.reportedBy)
        }
        guard mayReport else {
            reportForm = nil
            return
        }
        let kit = FormFieldKit(labelPrefix: "plans_report_field_", errors: errors, language: language, catalog: catalog)
        let chosen = PlanTaskStatus(rawValue: form.status)
        reportForm = ReportFormView(
            heading: text("plans_report_heading", ["unit": names.name(principal.unitId)]),
            action: PlanRoute.createReport(taskId: task.id).link(),
            fields: [
                kit.date("date", form.date, entry: .day, required: true),
                kit.select(
                    "status",
                    PlanTaskStatus.allCases.map {
                        SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == chosen)
                    }),
                kit.text(
                    "progress", form.progress, required: true, hint: kit.text("plans_report_progress_hint"),
                    inputMode: "numeric"),
                kit.textarea("text", form.text),
                kit.textarea("nextSteps", form.nextSteps),
            ],
            hasFieldErrors: kit.hasErrors, formError: nil, formErrorLink: nil)
    }
}

/// A label and its value, one line of a record's facts.
struct LabelledText: Sendable {
    let label: String
    let value: String
}
