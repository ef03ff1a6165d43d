import Hummingbird
import YouchengCore

/// The indicator list through the API: `GET /api/v1/indicator-list` for anyone signed in (`{"categories": [{"code",
/// "nameZh", "nameEn"}], "indicators": [...]}`, each indicator as `IndicatorListAPI.json`); for administrators
/// `POST /api/v1/indicator-list` (201), `PATCH /api/v1/indicator-list/{id}` (the fields given replace the stored
/// ones; `version` required), `DELETE /api/v1/indicator-list/{id}?version=N` (204, with its figures of every year)
/// and `PUT /api/v1/indicator-list/{id}/years/{year}` (`IndicatorListAPI+Year.swift`). Fields and rules are the
/// form's (`IndicatorForm`): `code`, `category`, `nameZh`, `nameEn`, `measure`, `direction` (`higher`, `lower`),
/// `formula` (a formula's code or `manual`), `position`. 422 naming every bad field; 409 `stale_version` or
/// `duplicate_code`; 404 for an unknown id. Every write is audited by the store.
struct IndicatorListAPI: Sendable {
    let dependencies: WebDependencies

    /// The largest body a write accepts.
    static let maxBodyBytes = 16 * 1024

    static let fields: Set<String> = [
        "code", "category", "nameZh", "nameEn", "measure", "direction", "formula", "position",
    ]

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let store = dependencies.services.indicators
        let categories = try await store.categories().map { category -> JSONValue in
            .object([
                ("code", .string(category.code)), ("nameZh", .string(category.nameZh)),
                ("nameEn", .string(category.nameEn)),
            ])
        }
        return JSONResponse.response(
            json: .object([
                ("categories", .array(categories)), ("indicators", .array(try await store.indicators().map(Self.json))),
            ]))
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        var input = try await PlanWriteInput.read(request, context, known: Self.fields, limit: Self.maxBodyBytes)
        let form = Self.apply(&input, to: IndicatorForm())
        return try await APIWrite.refusingFields(context) {
            let categories = try await dependencies.services.indicators.categories().map(\.code)
            let draft = try input.result(form.validate(categories: categories)).get()
            let saved = try await dependencies.services.indicators.save(
                draft, id: nil, expectedVersion: nil, actor: try context.auditActor())
            return JSONResponse.response(json: Self.json(saved), status: .created)
        }
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let stored = try await dependencies.storedIndicator(id: try context.pathID())
        var input = try await PlanWriteInput.read(request, context, known: Self.fields, limit: Self.maxBodyBytes)
        let form = Self.apply(&input, to: IndicatorForm(stored.draft))
        return try await APIWrite.refusingFields(context) {
            let version = try input.requiredVersion()
            let categories = try await dependencies.services.indicators.categories().map(\.code)
            let draft = try input.result(form.validate(categories: categories)).get()
            let saved = try await dependencies.services.indicators.save(
                draft, id: stored.id, expectedVersion: version, actor: try context.auditActor())
            return JSONResponse.response(json: Self.json(saved))
        }
    }

    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let stored = try await dependencies.storedIndicator(id: try context.pathID())
        return try await APIWrite.refusingFields(context) {
            let version = try APIWrite.deleteVersion(request, context)
            _ = try await dependencies.services.indicators.delete(
                id: stored.id, expectedVersion: version, actor: try context.auditActor())
            return Response(status: .noContent)
        }
    }

    /// `form` with the fields `input` gives replaced.
    static func apply(_ input: inout PlanWriteInput, to form: IndicatorForm) -> IndicatorForm {
        var form = form
        for (key, path) in [
            ("code", \IndicatorForm.code), ("category", \.category), ("nameZh", \.nameZh), ("nameEn", \.nameEn),
            ("measure", \.measure), ("direction", \.direction), ("formula", \.formula), ("position", \.position),
        ] {
            input.text(key, into: &form[keyPath: path])
        }
        return form
    }

    /// `{"id", "version", "code", "category", "nameZh", "nameEn", "measure", "direction", "formula", "position"}`;
    /// `formula` is a formula's code or `manual` (entered by hand each year).
    static func json(_ indicator: Indicator) -> JSONValue {
        let d = indicator.draft
        return .object([
            ("id", .int(Int(indicator.id))), ("version", .int(indicator.version)), ("code", .string(d.code)),
            ("category", .string(d.category)), ("nameZh", .string(d.nameZh)), ("nameEn", .string(d.nameEn)),
            ("measure", .string(d.measure)), ("direction", .string(d.direction.rawValue)),
            ("formula", .string(d.formula?.rawValue ?? IndicatorDraft.manual)), ("position", .int(d.position)),
        ])
    }
}
