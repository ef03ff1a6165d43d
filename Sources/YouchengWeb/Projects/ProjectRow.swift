import YouchengCore

/// One project as a table row: title with its link, partners, unit, domain, stage, since, last update (flagged
/// when stalled), agreed amount with its currency.
struct ProjectRow: Sendable {
    let id: Int64
    let title: String
    let href: String
    let partners: String
    let unit: String
    let kind: CodedLabel
    let stage: CodedLabel
    let since: String
    let started: String
    let lastUpdate: String
    let stalled: Bool
    let agreed: String

    init(_ project: ProjectSummary, lookups: ExchangeContext, rule: (days: Int, asOf: Day), display: Display) {
        let language = display.language
        id = project.id
        title = project.draft.title
        href = ProjectRoute.project(id: project.id).link()
        partners = project.draft.partnerIds.map { id in
            lookups.partnersById[id].map { $0.displayName(language) } ?? "#\(id)"
        }.joined(separator: language == .zh ? "、" : ", ")
        unit = lookups.unitName(project.draft.unitId, language)
        kind = CodedLabel(project.draft.kind, display)
        stage = CodedLabel(project.stage, display)
        since = project.since.description
        started = project.started.description
        lastUpdate = project.lastUpdate.description
        stalled = ProjectRules.isStalled(
            stage: project.stage, lastUpdate: project.lastUpdate, asOf: rule.asOf, days: rule.days)
        agreed = project.draft.agreed.map { "\($0.grouped) \(project.draft.currency)" } ?? ""
    }
}
