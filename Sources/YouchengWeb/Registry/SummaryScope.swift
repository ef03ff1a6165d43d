import YouchengCore

/// The `home` and `as_of` (or `asOf`) parameters of the overview and `/api/v1/summary`, and the summary they select.
struct SummaryScope: Sendable {
    /// The home the figures are limited to (with everything under it), or nil for the whole registry.
    var home: Locality?
    /// The day the figures are for.
    var asOf: PartialDate
    /// The home as written, to show it again in the form.
    var homeText: String
    /// The date as written.
    var asOfText: String

    /// Reads the parameters; an unknown home or an unreadable date is refused with the parameter's name.
    init(query: QueryString, reference: ReferenceData, today: PartialDate) throws(FieldError) {
        let parameters = PageParameters(query: query, reference: reference)
        homeText = parameters.homeText
        asOfText = parameters.asOfText
        home = try parameters.home()
        asOf = try parameters.asOfDate(default: today)
    }

    /// The summary of the registry for this scope.
    func summary(_ repository: any RegistryRepository, _ reference: ReferenceData) async throws -> SituationSummary {
        try await repository.situation(home: home, asOf: asOf, reference: reference)
    }

    /// Whether the page was limited at all (a home or a date given).
    var isScoped: Bool { !homeText.isEmpty || !asOfText.isEmpty }

    /// The list query whose total is what this scope's figures count: partnerships not ended, under the home, and
    /// established by the chosen day when one was given. (The summary also counts undated partnerships at any
    /// date, which `to` leaves out; with `asOf` given and undated rows present the two can still differ.)
    var listQuery: PartnershipQuery {
        var query = PartnershipQuery()
        query.home = home
        query.statuses = PartnershipStatus.allCases.filter { $0 != .ended }
        if !asOfText.isEmpty { query.to = asOf }
        return query
    }

    /// The parameters as given, for the JSON link.
    var parameters: [(String, String)] {
        (homeText.isEmpty ? [] : [("home", homeText)]) + (asOfText.isEmpty ? [] : [("as_of", asOfText)])
    }
}
