import YouchengCore

/// The funnel page's view model: the steps with their conversions and a bar chart of how many projects reached each
/// stage, then one table per grouping (partner, unit, domain) with each group's reached counts and first conversion.
struct ProjectFunnelView: Sendable {
    struct StepRow: Sendable {
        let stage: CodedLabel
        let current: Int
        let reached: Int
        let conversion: String
    }

    struct GroupRow: Sendable {
        let name: String
        let total: Int
        let reached: [Int]
        let landedShare: String
    }

    struct GroupTable: Sendable {
        let id: String
        let heading: String
        let rows: [GroupRow]
        let more: String?
    }

    let title: String
    let definition: String
    let listHref: String
    let steps: [StepRow]
    let offTrack: String
    let chart: String
    let stageHeadings: [CodedLabel]
    let groups: [GroupTable]
    let emptyText: String?

    /// The most groups a table shows.
    static let groupLimit = 25

    init(
        projects: [ProjectSummary], query: ProjectQuery, lookups: ExchangeContext, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        title = text("funnel_title")
        definition = text("funnel_definition")
        listHref = ProjectRoute.projects.link(query.parameters(includePage: false))
        let funnel = ProjectFunnel(projects)
        steps = funnel.steps.map {
            StepRow(
                stage: CodedLabel($0.stage, display), current: $0.current, reached: $0.reached,
                conversion: $0.conversionPercent.map { "\($0)%" } ?? "—")
        }
        offTrack = text("funnel_off_track", ["shelved": String(funnel.shelved), "ended": String(funnel.ended)])
        chart = BarChartSVG(
            id: "funnel-chart", title: text("funnel_chart_title"), description: definition,
            labels: funnel.steps.map { display.text($0.stage.label) }, values: funnel.steps.map(\.reached)
        ).render()
        stageHeadings = ProjectStage.track.map { CodedLabel($0, display) }
        func table<Key: Hashable & Comparable>(
            _ id: String, _ heading: String, _ key: (ProjectSummary) -> [Key], _ name: (Key) -> String
        ) -> GroupTable {
            let grouped = ProjectFunnel.grouped(projects, by: key)
            return GroupTable(
                id: id, heading: text(heading),
                rows: grouped.prefix(Self.groupLimit).map { group in
                    let reached = group.funnel.steps.map(\.reached)
                    let landed = reached[ProjectStage.landed.rank ?? 3]
                    return GroupRow(
                        name: name(group.key), total: group.funnel.total, reached: reached,
                        landedShare: "\(ProjectFunnel.percent(landed, of: max(group.funnel.total, 1)))%")
                },
                more: grouped.count > Self.groupLimit
                    ? text("funnel_more", ["shown": String(Self.groupLimit), "total": String(grouped.count)]) : nil)
        }
        groups = [
            table("by-partner", "funnel_by_partner", { $0.draft.partnerIds }) { id in
                lookups.partnersById[id].map { "\($0.displayName(language)) (\($0.country))" } ?? "#\(id)"
            },
            table("by-unit", "funnel_by_unit", { [$0.draft.unitId] }) { lookups.unitName($0, language) },
            table("by-domain", "funnel_by_domain", { [$0.draft.kind.rawValue] }) { code in
                ProjectKind(rawValue: code).map { display.text($0.label) } ?? code
            },
        ]
        emptyText = projects.isEmpty ? text("funnel_empty") : nil
    }
}
