import Hummingbird
import YouchengCore

/// `GET /pipeline/suggestions/settings?home=` and `POST /pipeline/suggestions/settings` (administrators): a home's
/// population and target shares. Refused fields re-render the form (422) with the input kept; settings changed since
/// the form was opened are a conflict (409) that changes nothing; success redirects (303) to the thin-regions table.
struct MatchSettingsPages: Sendable {
    let dependencies: WebDependencies

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let home = try MatchingScope(
            query: try request.queryString(), reference: dependencies.reference,
            fallback: try await dependencies.defaultMatchingHome(try context.principal())
        ).required()
        let stored = try await dependencies.services.matching.settings(
            home: home.code, groups: dependencies.reference.countries.groups)
        return try await render(MatchSettingsForm(stored), home: home, request: request, context: context)
    }

    func save(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let home = try MatchingScope(query: fields, reference: dependencies.reference, fallback: nil).required()
        let form = MatchSettingsForm(fields: fields, groups: dependencies.reference.countries.groups)
        let groups = dependencies.reference.countries.groups
        do {
            let settings = try MatchSettings.validated(
                home: home.code, population: form.population, shares: form.shares, groups: groups,
                version: form.version)
            _ = try await dependencies.services.matching.save(
                settings, expectedVersion: form.version, groups: groups, by: try context.auditActor())
            return Response(
                status: .seeOther,
                headers: [.location: MatchingRoute.thin.link([("home", home.code), ("saved", "1")])])
        } catch let errors as FieldErrors {
            return try await render(
                form, home: home, errors: errors, status: .unprocessableContent, request: request, context: context)
        } catch let error as MatchingError {
            return try await render(
                form, home: home, formError: error.message, status: .conflict, request: request, context: context)
        }
    }

    private func render(
        _ form: MatchSettingsForm, home: Locality, errors: FieldErrors? = nil, formError: Bilingual? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let view = MatchSettingsView(
            form: form, home: home, errors: errors, formError: formError,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "match-settings", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context), status: status)
    }
}

/// The settings form's fields as typed.
struct MatchSettingsForm: Sendable {
    var population = ""
    /// Each share's scope, code and text, continents first then groups.
    var shares: [(TargetShare.Scope, String, String)] = []
    /// The version the form was opened at (0: the defaults).
    var version = 0

    /// The form of `settings`, with an empty field for each region without a target.
    init(_ settings: MatchSettings) {
        population = settings.population.map(String.init) ?? ""
        version = settings.version
        shares = settings.shares.map { ($0.scope, $0.code, String($0.percent)) }
    }

    /// The fields of a posted form: every continent and every group of `groups`.
    init(fields: QueryString, groups: [CountryGroup]) {
        population = fields["population"] ?? ""
        version = fields["version"].flatMap { Int($0) } ?? 0
        shares =
            Continent.allCases.map {
                (.continent, $0.rawValue, fields[MatchSettings.fieldName(.continent, $0.rawValue)] ?? "")
            }
            + groups.map { (.group, $0.code, fields[MatchSettings.fieldName(.group, $0.code)] ?? "") }
    }

    /// The text typed for a region.
    func share(_ scope: TargetShare.Scope, _ code: String) -> String {
        shares.first { $0.0 == scope && $0.1 == code }?.2 ?? ""
    }
}
