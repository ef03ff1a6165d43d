import Hummingbird
import YouchengCore

/// `GET /pipeline/suggestions/cities/{geonameId}/themes` and `POST` to it (administrators): the themes recorded for a
/// gazetteer city, one a line or separated by commas; empty removes them. Refused input re-renders the form (422)
/// with it kept; themes changed since the form was opened are a conflict (409); success redirects (303) back to the
/// form with a notice. An id the gazetteer does not have is a 404.
struct CityThemesPages: Sendable {
    let dependencies: WebDependencies

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let city = try city(context)
        let stored = try await dependencies.services.matching.cityThemes(geonameId: city.id)
        return try await render(
            city: city, text: stored.themes.joined(separator: "\n"), version: stored.version,
            saved: try request.queryString()["saved"] != nil, request: request, context: context)
    }

    func save(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let city = try city(context)
        let fields = try await request.postedForm(.record, context)
        let text = fields["themes"] ?? ""
        let version = fields["version"].flatMap { Int($0) } ?? 0
        do {
            let themes = try CityThemes.parse(text)
            _ = try await dependencies.services.matching.saveCityThemes(
                geonameId: city.id, themes: themes, expectedVersion: version, by: try context.auditActor())
            return Response(
                status: .seeOther,
                headers: [.location: MatchingRoute.cityThemes(geonameId: city.id).link([("saved", "1")])])
        } catch let error as FieldError {
            return try await render(
                city: city, text: text, version: version, errors: FieldErrors(errors: [error]),
                status: .unprocessableContent, request: request, context: context)
        } catch let error as MatchingError {
            return try await render(
                city: city, text: text, version: version, formError: error.message, status: .conflict,
                request: request, context: context)
        }
    }

    private func city(_ context: WebRequestContext) throws -> CityGazetteer.City {
        guard let city = dependencies.maps.gazetteer().byId[try context.pathID()] else { throw WebError.notFound }
        return city
    }

    private func render(
        city: CityGazetteer.City, text: String, version: Int, saved: Bool = false, errors: FieldErrors? = nil,
        formError: Bilingual? = nil, status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let display = dependencies.display(context.language)
        let catalog = dependencies.renderer.catalog
        let kit = FormFieldKit(
            labelPrefix: "matching_field_", errors: errors, language: display.language, catalog: catalog)
        var field = kit.textarea("themes", text, hint: kit.text("matching_city_themes_hint"))
        field.wide = true
        let name = city.nameZh.isEmpty ? city.name : "\(city.nameZh) \(city.name)"
        let view = CityThemesView(
            heading: kit.text("matching_city_themes_title", ["city": name]),
            country: display.country(city.country), action: MatchingRoute.saveCityThemes(geonameId: city.id).link(),
            version: String(version), notice: saved ? kit.text("matching_city_themes_saved") : nil, fields: [field],
            hasFieldErrors: kit.hasErrors, formError: formError?.text(display.language),
            formErrorLink: formError == nil
                ? nil
                : FormLink(
                    href: MatchingRoute.cityThemes(geonameId: city.id).link(), label: kit.text("matching_reload")),
            cancelHref: MatchingRoute.suggestions.link())
        return try await dependencies.renderer.page(
            "city-themes", title: view.heading, content: view, frame: PageFrame(request: request, context: context),
            status: status)
    }
}

/// The city-themes form's view model.
struct CityThemesView: Sendable {
    let heading: String
    let country: String
    let action: String
    let version: String
    let notice: String?
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String
}
