import YouchengCore

/// The thin-regions page's view model: a row per target region (target, actual share, partnerships, gap and a
/// plain-text status), the districts without a partner, and where the settings come from.
struct ThinRegionsView: Sendable {
    struct Row: Sendable {
        let code: String
        let name: String
        let scope: String
        let target: Int
        let share: String
        let count: Int
        let gap: Int
        let thin: Bool
        let status: String
        /// The suggestions of the group's countries (groups only: the suggestions filter by group, not continent).
        let regionHref: String?
    }

    struct District: Sendable {
        let code: String
        let name: String
    }

    let title: String
    let action: String
    let homeText: String
    let homeName: String?
    let homeOptions: [SelectOption]
    let notice: String?
    let settingsNote: String?
    let totalText: String?
    let rows: [Row]
    let districts: [District]
    let districtsText: String?
    let emptyText: String?
    let settingsHref: String?
    let suggestionsHref: String?

    init(
        scope: MatchingScope, table: ThinRegions?, saved: Bool, mayEdit: Bool, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        title = text("matching_thin_title")
        action = MatchingRoute.thin.link()
        homeText = scope.homeText
        homeName = scope.home.map(display.home)
        homeOptions = display.homeSuggestions
        notice = saved ? text("matching_settings_saved") : nil
        settingsNote = table.map { t in
            t.settings.isDefault
                ? text("matching_settings_default")
                : text(
                    "matching_settings_population",
                    ["population": t.settings.population.map(SuggestionsView.grouped) ?? text("matching_not_set")])
        }
        totalText = table.map { text("matching_thin_total", ["count": String($0.total)]) }
        rows = (table?.regions ?? []).map { r in
            Row(
                code: r.code, name: display.text(r.name), scope: text("matching_scope_\(r.scope.rawValue)"),
                target: r.target, share: r.shareText, count: r.count, gap: r.gap, thin: r.isThin,
                status: text(r.isThin ? "matching_status_below" : "matching_status_met"),
                regionHref: r.scope == .group
                    ? table.map { MatchingRoute.suggestions.link([("home", $0.home.code), ("group", r.code)]) } : nil)
        }
        districts = (table?.districtsWithout ?? []).map { District(code: $0.code, name: display.home($0)) }
        districtsText = table.map {
            $0.districtsWithout.isEmpty
                ? text("matching_districts_none")
                : text(
                    "matching_districts_count", ["count": String($0.districtsWithout.count)])
        }
        emptyText =
            scope.home == nil
            ? text("matching_empty_home") : table?.regions.isEmpty == true ? text("matching_thin_no_targets") : nil
        settingsHref = mayEdit ? scope.home.map { MatchingRoute.settings.link([("home", $0.code)]) } : nil
        suggestionsHref = scope.home.map { MatchingRoute.suggestions.link([("home", $0.code)]) }
    }
}
