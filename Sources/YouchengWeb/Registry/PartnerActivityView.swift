import YouchengCore

/// The partner page's exchanges: the health score with its parts, the last exchange, counts by domain, and the
/// timeline, newest first.
struct PartnerActivityView: Sendable {
    struct Entry: Sendable {
        let id: Int64
        let dates: String
        let kind: String
        let title: String
        let countries: String
        let rank: String
        let people: String
        let domains: String
    }

    let score: Int
    let recency: String
    let frequency: String
    let breadth: String
    let leaders: String
    let results: String
    let formula: String
    let lastExchange: String
    let entries: [Entry]
    let domainCounts: [CountLine]
    /// The partner's cooperation projects, most recently updated first.
    let projects: [ProjectRow]
    /// The project list filtered to this partner.
    let projectsHref: String

    init(
        exchanges: [Exchange], projects: [ProjectSummary], partnerId: Int64, lookups: ExchangeContext,
        rule: (days: Int, asOf: Day), domains: [ExchangeDomain], display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let asOf = rule.asOf
        let health = PartnershipHealth(exchanges: exchanges, projects: projects, asOf: asOf)
        score = health.score
        func points(_ value: Double) -> String { String(format: "%.1f", value) }
        (recency, frequency, breadth, leaders, results) = (
            points(health.recency), points(health.frequency), points(health.breadth), points(health.leaders),
            points(health.results)
        )
        self.projects = projects.map { ProjectRow($0, lookups: lookups, rule: rule, display: display) }
        projectsHref = ProjectRoute.projects.link([("partner", String(partnerId))])
        formula = catalog.text("health_formula", language)
        let past = exchanges.map(\.draft).filter { $0.start <= asOf }
        lastExchange =
            past.map(\.start).max().flatMap(\.partialDate).map { display.date($0) }
            ?? catalog.text("dormant_never", language)
        func domainName(_ code: String) -> String { display.domain(code, in: domains) }
        entries = exchanges.sorted { ($0.draft.start, $0.id) > ($1.draft.start, $1.id) }.map { exchange in
            let draft = exchange.draft
            let start = draft.start.partialDate.map { display.date($0) } ?? draft.start.description
            let end = draft.end.partialDate.map { display.date($0) } ?? draft.end.description
            return Entry(
                id: exchange.id, dates: draft.end == draft.start ? start : "\(start) – \(end)",
                kind: display.text(draft.kind.label), title: draft.title,
                countries: draft.countries.map(display.country).joined(separator: "、"),
                rank: draft.rank.map { display.text($0.label) } ?? "",
                people: draft.people.map(String.init) ?? "",
                domains: draft.domains.map(domainName).joined(separator: "、"))
        }
        var counts: [String: Int] = [:]
        for code in exchanges.flatMap(\.draft.domains) { counts[code, default: 0] += 1 }
        domainCounts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
            CountLine(label: domainName($0.key), count: $0.value)
        }
    }
}
