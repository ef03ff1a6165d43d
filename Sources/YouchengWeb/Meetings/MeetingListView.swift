import YouchengCore

/// The meeting list's view model: the filters (kind, year), one row a meeting (date, kind, title, decisions, tasks
/// created), the pages, and what to do when there is none.
struct MeetingListView: Sendable {
    struct Row: Sendable {
        let id: Int64
        let date: String
        let kind: CodedLabel
        let title: String
        let href: String
        let decisions: Int
        let tasksCreated: Int
    }

    let title: String
    let notice: String?
    let kindOptions: [SelectOption]
    let year: String
    let action: String
    let rows: [Row]
    let countText: String
    let newHref: String?
    /// Set when there is nothing to show: what to do next.
    let emptyText: String?
    let pagination: Pagination?

    init(
        query: MeetingQuery, page: MeetingPage, deleted: Bool, mayWrite: Bool, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        title = text("meetings_title")
        notice = deleted ? text("meetings_deleted_notice") : nil
        kindOptions =
            [SelectOption(value: "", label: text("meetings_filter_any"))]
            + MeetingKind.allCases.map {
                SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == query.kind)
            }
        year = query.year.map(String.init) ?? ""
        action = MeetingRoute.meetings.link()
        rows = page.items.map { meeting in
            Row(
                id: meeting.id, date: meeting.date.description, kind: CodedLabel(meeting.kind, display),
                title: meeting.title, href: MeetingRoute.meeting(id: meeting.id).link(), decisions: meeting.decisions,
                tasksCreated: meeting.tasksCreated)
        }
        countText = text("meetings_count", ["count": String(page.total)])
        newHref = mayWrite ? MeetingRoute.newMeeting.link() : nil
        let filtered = query.kind != nil || query.year != nil
        emptyText =
            page.total > 0
            ? nil
            : text(filtered ? "meetings_empty_filtered" : mayWrite ? "meetings_empty" : "meetings_empty_reader")
        pagination = Pagination(page: page.page, count: page.pageCount, catalog: catalog, language: language) {
            var target = query
            target.page = $0
            return MeetingRoute.meetings.link(target.parameters())
        }
    }
}
