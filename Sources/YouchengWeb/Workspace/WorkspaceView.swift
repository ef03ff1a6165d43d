import YouchengCore

/// The workspace page's view model: the unit chooser (administrators and viewers), or what to do when no unit is
/// chosen, and the unit's blocks.
struct WorkspaceView: Sendable {
    let title: String
    /// The chooser's target and options; nil for an editor, who sees only their own unit.
    let action: String?
    let unitOptions: [SelectOption]
    /// The as-of day the chooser keeps, when one was asked for.
    let asOf: String?
    /// Set when no unit is chosen: what to do.
    let pickText: String?
    let blocks: Blocks?

    init(
        choice: WorkspaceUnit, asOf: Day, explicitAsOf: Bool, blocks: Blocks?, language: Language,
        catalog: LabelCatalog
    ) {
        func text(_ key: String) -> String { catalog.text(key, language) }
        title = text("workspace_title")
        action = choice.mayChoose ? WorkspaceRoute.workspace.link() : nil
        unitOptions =
            [SelectOption(value: "", label: text("workspace_choose_unit"))]
            + choice.choices.map {
                SelectOption(value: String($0.id), label: $0.name.text(language), selected: $0.id == choice.unit?.id)
            }
        self.asOf = explicitAsOf ? asOf.description : nil
        pickText =
            choice.unit != nil ? nil : text(choice.mayChoose ? "workspace_pick_unit" : "workspace_pick_unit_editor")
        self.blocks = blocks
    }
}

extension WorkspaceView {
    /// One task row: plan, number, title, the unit's role, due, status, progress, overdue mark.
    struct TaskRow: Sendable {
        let id: Int64
        let href: String
        let plan: String
        let number: String
        let title: String
        let role: CodedLabel
        let due: String
        let status: CodedLabel
        let progress: String
        let overdue: String?

        init(_ row: WorkspaceTask, language: Language, catalog: LabelCatalog) {
            let task = row.task
            id = task.id
            href = PlanRoute.task(id: task.id).link()
            plan = row.plan.title
            number = task.draft.number
            title = task.draft.title
            role = CodedLabel(code: row.role.rawValue, label: row.role.label.text(language))
            due = task.draft.due?.description ?? catalog.text("workspace_no_due", language)
            status = CodedLabel(code: task.status.rawValue, label: task.status.label.text(language))
            progress = "\(task.progress)%"
            overdue = row.overdue ? catalog.text("workspace_overdue", language) : nil
        }
    }

    /// One notice waiting for the unit's answer.
    struct NoticeRow: Sendable {
        let id: Int64
        let href: String
        let title: String
        let kind: CodedLabel
        let deadline: String
        let overdue: String?
    }

    /// One of the unit's latest exchanges.
    struct ExchangeRow: Sendable {
        let id: Int64
        let title: String
        let dates: String
        let kind: CodedLabel
    }
}
