import Foundation
import Hummingbird
import YouchengCore

/// The administrators' matching settings and city themes through the API, with the forms' rules:
///
/// - `GET /api/v1/suggestions/settings?home=` → `{"home", "population", "continents": {code: percent},
///   "groups": {code: percent}, "version", "defaults"}` (version 0 and `defaults` true: nothing stored yet);
///   `PUT` to it with `{"population", "continents", "groups", "version"}` replaces them (a region left out has no
///   target); 422 naming each bad field (`population`, `share_continent_europe`, `share_group_EU`), 409 when stale.
/// - `GET /api/v1/cities/{geonameId}/themes` → `{"geonameId", "themes", "version"}`; `PUT` with `{"themes": [...],
///   "version"}` (an empty list removes them); 404 for a city the gazetteer does not have.
extension MatchingAPI {
    static let settingsFields: Set<String> = ["population", "continents", "groups"]
    static let maxBodyBytes = 16 * 1024

    func settings(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let home = try MatchingScope(query: try request.queryString(), reference: dependencies.reference, fallback: nil)
            .required()
        let stored = try await dependencies.services.matching.settings(
            home: home.code, groups: dependencies.reference.countries.groups)
        return JSONResponse.response(json: Self.json(stored))
    }

    func saveSettings(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let home = try MatchingScope(query: try request.queryString(), reference: dependencies.reference, fallback: nil)
            .required()
        var input = try await PlanWriteInput.read(
            request, context, known: Self.settingsFields, limit: Self.maxBodyBytes)
        var population = ""
        input.text("population", into: &population)
        var shares: [(TargetShare.Scope, String, String)] = []
        var typeErrors: [FieldError] = []
        for (key, scope) in [("continents", TargetShare.Scope.continent), ("groups", .group)] {
            guard let value = input.object[key], !(value is NSNull) else { continue }
            guard let object = value as? [String: Any] else {
                typeErrors.append(
                    Self.typeError(key, Bilingual(zh: "应为对象（代码: 百分比）", en: "must be an object of code: percent")))
                continue
            }
            for (code, percent) in object.sorted(by: { $0.key < $1.key }) {
                guard let text = Self.percentText(percent) else {
                    typeErrors.append(
                        Self.typeError(
                            MatchSettings.fieldName(scope, code),
                            Bilingual(zh: "应为整数百分比", en: "must be a whole percent")))
                    continue
                }
                shares.append((scope, code, text))
            }
        }
        return try await APIWrite.refusingFields(context) {
            let version = try input.requiredVersion()
            let groups = dependencies.reference.countries.groups
            let settings = try input.result(
                PlanFormat.merge(typeErrors) { () throws(FieldErrors) in
                    try MatchSettings.validated(
                        home: home.code, population: population, shares: shares, groups: groups, version: version)
                }
            ).get()
            let saved = try await dependencies.services.matching.save(
                settings, expectedVersion: version, groups: groups, by: try context.auditActor())
            return JSONResponse.response(json: Self.json(saved))
        }
    }

    func cityThemes(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let city = try city(context)
        return JSONResponse.response(
            json: Self.json(try await dependencies.services.matching.cityThemes(geonameId: city)))
    }

    func saveCityThemes(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let city = try city(context)
        var input = try await PlanWriteInput.read(request, context, known: ["themes"], limit: Self.maxBodyBytes)
        var themes: [String] = []
        input.list("themes", into: &themes)
        return try await APIWrite.refusingFields(context) {
            let version = try input.requiredVersion()
            let parsed = try input.result(
                PlanFormat.merge([]) { () throws(FieldErrors) in
                    do throws(FieldError) {
                        return try CityThemes.parse(themes.joined(separator: "\n"))
                    } catch {
                        throw FieldErrors(errors: [error])
                    }
                }
            ).get()
            let saved = try await dependencies.services.matching.saveCityThemes(
                geonameId: city, themes: parsed, expectedVersion: version, by: try context.auditActor())
            return JSONResponse.response(json: Self.json(saved))
        }
    }

    /// The path's GeoNames id, when the gazetteer has that city (404 otherwise).
    private func city(_ context: WebRequestContext) throws -> Int64 {
        let id = try context.pathID()
        guard dependencies.maps.gazetteer().byId[id] != nil else { throw WebError.notFound }
        return id
    }

    /// A percent given as a whole number or as text (checked by the settings' own rules).
    private static func percentText(_ value: Any) -> String? {
        if let text = value as? String { return text }
        if let number = value as? NSNumber, !JSONObjectBody.isBoolean(number) { return number.stringValue }
        return nil
    }

    private static func typeError(_ field: String, _ rule: Bilingual) -> FieldError {
        FieldError(
            code: "invalid_type", field: field,
            message: Bilingual(zh: "字段「\(field)」\(rule.zh)", en: "field \"\(field)\" \(rule.en)"))
    }

    private static func json(_ settings: MatchSettings) -> JSONValue {
        func shares(_ scope: TargetShare.Scope) -> JSONValue {
            .object(settings.shares.filter { $0.scope == scope }.map { ($0.code, .int($0.percent)) })
        }
        return .object([
            ("home", .string(settings.homeCode)), ("population", settings.population.map { .int($0) } ?? .null),
            ("continents", shares(.continent)), ("groups", shares(.group)), ("version", .int(settings.version)),
            ("defaults", .bool(settings.isDefault)),
        ])
    }

    private static func json(_ themes: CityThemes) -> JSONValue {
        .object([
            ("geonameId", .int(Int(themes.geonameId))), ("themes", .array(themes.themes.map { .string($0) })),
            ("version", .int(themes.version)),
        ])
    }
}
