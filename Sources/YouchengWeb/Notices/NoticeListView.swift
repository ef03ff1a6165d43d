import YouchengCore

/// The notice list's view model: the filters, one row a notice (kind, deadline, answered n of m, overdue mark), the
/// pages, and the table of each unit's on-time answer rate for a year.
struct NoticeListView: Sendable {
    struct Row: Sendable {
        let id: Int64
        let title: String
        let href: String
        let kind: CodedLabel
        let deadline: String
        let answered: String
        let overdue: String?
    }

    struct RateRow: Sendable {
        let unit: String
        let addressed: Int
        let onTime: Int
        let percent: String
    }

    let title: String
    let unitOptions: [SelectOption]
    let openOptions: [SelectOption]
    let year: String
    let action: String
    let rows: [Row]
    let countText: String
    let newHref: String?
    /// Set when there is nothing to show: what to do next.
    let emptyText: String?
    let pagination: Pagination?
    let ratesTitle: String
    let rates: [RateRow]
    let ratesEmpty: String?
    let responsivenessHref: String

    init(
        query: NoticeQuery, page: NoticePage, rates: [NoticeAnswerRate], year: Int, today: Day,
        units: [Int64: MemberUnit], mayWrite: Bool, language: Language, catalog: LabelCatalog
    ) {
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        func name(_ id: Int64) -> String { units[id].map { $0.name.text(language) } ?? "#\(id)" }
        title = text("notices_title")
        let any = SelectOption(value: "", label: text("notices_filter_any"))
        unitOptions =
            [any]
            + units.values.filter { $0.active || $0.id == query.unitId }.sorted { $0.nameZh < $1.nameZh }.map {
                SelectOption(value: String($0.id), label: $0.name.text(language), selected: $0.id == query.unitId)
            }
        openOptions = [
            any, SelectOption(value: "1", label: text("notices_filter_open"), selected: query.open == true),
            SelectOption(value: "0", label: text("notices_filter_closed"), selected: query.open == false),
        ]
        self.year = String(year)
        action = NoticeRoute.notices.link()
        rows = page.items.map { detail in
            let notice = detail.notice
            let overdue = detail.overdue(on: today).count
            return Row(
                id: notice.id, title: notice.title, href: NoticeRoute.notice(id: notice.id).link(),
                kind: CodedLabel(code: notice.kind.rawValue, label: notice.kind.label.text(language)),
                deadline: notice.deadline?.description ?? text("notice_no_deadline"),
                answered: text(
                    "notices_answered_of",
                    ["answered": String(detail.answeredCount), "addressed": String(notice.unitIds.count)]),
                overdue: overdue > 0 ? text("notices_overdue", ["count": String(overdue)]) : nil)
        }
        countText = text("notices_count", ["count": String(page.total)])
        newHref = mayWrite ? NoticeRoute.newNotice.link() : nil
        let filtered = query.unitId != nil || query.open != nil
        emptyText =
            page.total > 0
            ? nil : text(filtered ? "notices_empty_filtered" : mayWrite ? "notices_empty" : "notices_empty_reader")
        pagination = Pagination(page: page.page, count: page.pageCount, catalog: catalog, language: language) {
            var target = query
            target.page = $0
            return NoticeRoute.notices.link(target.parameters() + [("year", String(year))])
        }
        ratesTitle = text("notices_rates_title", ["year": String(year)])
        self.rates = rates.map {
            RateRow(unit: name($0.unitId), addressed: $0.addressed, onTime: $0.onTime, percent: "\($0.percent)%")
        }
        ratesEmpty = rates.isEmpty ? text("notices_rates_empty", ["year": String(year)]) : nil
        responsivenessHref = WorkspaceRoute.responsiveness.link([("year", String(year))])
    }
}
