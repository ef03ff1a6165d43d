import YouchengCore

extension WorkspaceView {
    /// The unit's four blocks and its two rates, each block with an empty state that says what it means.
    struct Blocks: Sendable {
        let unitName: String
        let tasks: [TaskRow]
        let tasksEmpty: String?
        let dueTitle: String
        let due: [TaskRow]
        let dueEmpty: String?
        let notices: [NoticeRow]
        let noticesEmpty: String?
        let exchangesTitle: String
        let exchangesCount: String
        let exchangesHref: String
        let exchanges: [ExchangeRow]
        let exchangesEmpty: String?
        let ratesTitle: String
        let answerRate: String
        let reportRate: String
        let responsivenessHref: String

        init(
            _ workspace: UnitWorkspace, rates: Responsiveness, units: [MemberUnit], language: Language,
            catalog: LabelCatalog
        ) {
            func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
                catalog.text(key, language, arguments)
            }
            let unitId = workspace.unitId
            unitName = units.first { $0.id == unitId }?.name.text(language) ?? "#\(unitId)"
            tasks = workspace.tasks.map { TaskRow($0, language: language, catalog: catalog) }
            tasksEmpty = tasks.isEmpty ? text("workspace_tasks_empty") : nil
            let quarter = workspace.quarter
            dueTitle = text(
                "workspace_due_title",
                ["quarter": quarter.label.text(language), "end": quarter.lastDay.description])
            due = workspace.reportsDue.map { TaskRow($0, language: language, catalog: catalog) }
            dueEmpty = due.isEmpty ? text(tasks.isEmpty ? "workspace_due_none" : "workspace_due_empty") : nil
            let asOf = workspace.asOf
            notices = workspace.notices.map { notice in
                NoticeRow(
                    id: notice.id, href: NoticeRoute.notice(id: notice.id).link(), title: notice.title,
                    kind: CodedLabel(code: notice.kind.rawValue, label: notice.kind.label.text(language)),
                    deadline: notice.deadline?.description ?? text("notice_no_deadline"),
                    overdue: notice.isPastDeadline(on: asOf) ? text("workspace_overdue") : nil)
            }
            noticesEmpty = notices.isEmpty ? text("workspace_notices_empty") : nil
            let year = String(workspace.exchangeYear)
            exchangesTitle = text("workspace_exchanges_title", ["year": year])
            exchangesCount = text("workspace_exchanges_count", ["count": String(workspace.exchangeCount)])
            var query = ExchangeQuery()
            query.unitId = unitId
            query.from = Day(year: workspace.exchangeYear, month: 1, day: 1)
            query.to = Day(year: workspace.exchangeYear, month: 12, day: 31)
            exchangesHref = ExchangeRoute.exchanges.link(query.parameters())
            exchanges = workspace.latestExchanges.map { exchange in
                let d = exchange.draft
                return ExchangeRow(
                    id: exchange.id, title: d.title,
                    dates: d.start == d.end ? d.start.description : "\(d.start) – \(d.end)",
                    kind: CodedLabel(code: d.kind.rawValue, label: d.kind.label.text(language)))
            }
            exchangesEmpty = exchanges.isEmpty ? text("workspace_exchanges_empty", ["year": year]) : nil
            ratesTitle = text("workspace_rates_title", ["year": String(rates.year)])
            answerRate = rates.answerText(unitId, language, catalog)
            reportRate = rates.reportText(unitId, language, catalog)
            responsivenessHref = WorkspaceRoute.responsiveness.link([("year", String(rates.year))])
        }
    }
}
