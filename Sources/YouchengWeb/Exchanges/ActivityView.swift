import YouchengCore

/// The activity page's view model.
struct ActivityView: Sendable {
    /// A count table with its caption.
    struct Table: Sendable {
        let id: String
        let caption: String
        let lines: [CountLine]
    }

    /// A quick choice of period.
    struct Preset: Sendable {
        let label: String
        let href: String
    }

    let title: String
    let sentence: String
    let filters: ReportFilterForm
    let presets: [Preset]
    let incoming: Int
    let incomingPeople: Int
    let leaders: Int
    let leaderPeople: Int
    let outgoing: Int
    let outgoingPeople: Int
    let toPartners: Int
    let tables: [Table]

    init(
        report: ActivityReport, raw: QueryString, today: Day, domains: [ExchangeDomain],
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        title = catalog.text("activity_title", language)
        sentence = report.sentence.text(language)
        filters = ReportFilterForm(
            id: "activity-filters", route: ExchangeRoute.activity,
            fields: ReportFilterForm.Field.period(
                from: report.from, to: report.to, catalog: catalog, language: language)
                + [
                    .home(
                        label: catalog.text("activity_home", language), raw: raw, catalog: catalog, language: language)
                ])
        let homePair = raw["home"].map { [("home", $0)] } ?? []
        func period(_ first: Int, _ last: Int, _ key: String) -> Preset {
            Preset(
                label: catalog.text(key, language, ["year": String(first)]),
                href: ExchangeRoute.activity.link([("from", "\(first)-01-01"), ("to", "\(last)-12-31")] + homePair))
        }
        presets = [
            period(today.year, today.year, "activity_this_year"),
            period(today.year - 1, today.year - 1, "activity_year"),
            period(today.year - 4, today.year, "activity_five_years"),
        ]
        (incoming, incomingPeople) = (report.incoming.delegations, report.incoming.people)
        (leaders, leaderPeople) = (
            report.incomingCityLeaderOrAbove.delegations, report.incomingCityLeaderOrAbove.people
        )
        (outgoing, outgoingPeople, toPartners) = (
            report.outgoing.delegations, report.outgoing.people, report.outgoingToPartners
        )
        func table(_ id: String, _ key: String, _ lines: [CountLine]) -> Table {
            Table(id: id, caption: catalog.text(key, language), lines: lines)
        }
        tables = [
            table(
                "by-kind", "activity_by_kind",
                report.byKind.map { CountLine(label: display.text($0.0.label), count: $0.1) }),
            table(
                "by-domain", "activity_by_domain",
                report.byDomain.map { CountLine(label: display.domain($0.0, in: domains), count: $0.1) }),
            table("by-unit", "activity_by_unit", report.byUnit.map { CountLine(label: $0.0, count: $0.1) }),
            table(
                "by-country", "activity_by_country",
                report.byCountry.map { CountLine(label: display.country($0.0), count: $0.1) }),
        ]
    }
}
