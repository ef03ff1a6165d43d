import Hummingbird
import YouchengCore

/// Writes: `POST /api/v1/prospects` (`{"home", "name", "nameZh", "country", "geonameId", "unit", "themes", "notes",
/// "stage", "date"}`; `unit` an id or a unit's name, `themes` an array or one string), `PATCH /api/v1/prospects/{id}`
/// (the fields it gives, and the `version` it read) and `POST /api/v1/prospects/{id}/stage` (`{"stage", "date",
/// "reason", "kind"}`; signing answers with the prospect's new `partnershipId`). Editors write their own unit's
/// prospects only (403 otherwise). 201 or 200 with the prospect; 422 naming every bad field or the stage rule
/// broken; 404 for an unknown prospect; 409 `stale_version`, `already_signed` or `duplicate_pair`, changing nothing.
extension ProspectsAPI {
    static let fields: Set<String> = [
        "home", "name", "nameZh", "country", "geonameId", "unit", "themes", "notes", "stage", "date",
    ]
    static let stageFields: Set<String> = ["stage", "date", "reason", "kind"]

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        var input = try await writeInput(request, context, known: Self.fields)
        let form = try await apply(&input, to: ProspectForm())
        return try await answer(context) {
            let checked = try input.result(form.validated(reference: dependencies.reference)).get()
            let principal = try context.principal()
            try dependencies.authorize(checked.draft, stored: nil, principal: principal)
            let prospect = try await dependencies.services.prospects.create(
                checked.draft, stage: checked.stage, date: checked.date, today: dependencies.noticeToday,
                by: try context.auditActor())
            return JSONResponse.response(json: ProspectJSON.prospect(prospect, history: true), status: .created)
        }
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let principal = try context.principal()
        let stored = try await dependencies.writableProspect(id: try context.pathID(), principal: principal)
        var input = try await writeInput(request, context, known: Self.fields.subtracting(["stage", "date"]))
        let form = try await apply(&input, to: ProspectForm(stored))
        return try await answer(context) {
            let version = try input.requiredVersion()
            let checked = try input.result(form.validated(reference: dependencies.reference)).get()
            try dependencies.authorize(checked.draft, stored: stored, principal: principal)
            let saved = try await dependencies.services.prospects.update(
                id: stored.id, checked.draft, expectedVersion: version, by: try context.auditActor())
            return JSONResponse.response(json: ProspectJSON.prospect(saved, history: true))
        }
    }

    func changeStage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let principal = try context.principal()
        let stored = try await dependencies.writableProspect(id: try context.pathID(), principal: principal)
        var input = try await writeInput(request, context, known: Self.stageFields)
        var form = ProspectStageForm()
        input.text("stage", into: &form.stage)
        input.text("date", into: &form.date)
        input.text("reason", into: &form.reason)
        input.text("kind", into: &form.kind)
        return try await answer(context) {
            let today = dependencies.noticeToday
            let change = try input.result(form.validated(today: today)).get()
            let done = try await dependencies.services.prospects.changeStage(
                id: stored.id, change, expectedVersion: input.version, today: today, by: try context.auditActor())
            return JSONResponse.response(json: ProspectJSON.prospect(done.prospect, history: true))
        }
    }

    /// `form` with the body's fields in place of its own: `themes` as an array or one string, `unit` as an id or a
    /// unit's name.
    private func apply(_ input: inout PlanWriteInput, to form: ProspectForm) async throws -> ProspectForm {
        var form = form
        input.text("home", into: &form.home)
        input.text("name", into: &form.name)
        input.text("nameZh", into: &form.nameZh)
        input.text("country", into: &form.country)
        input.text("geonameId", into: &form.geonameId)
        input.text("notes", into: &form.notes)
        input.text("stage", into: &form.stage)
        input.text("date", into: &form.date)
        if input.object["unit"] != nil {
            var unit = ""
            input.text("unit", into: &unit)
            form.unit = dependencies.prospectUnitId(
                unit, units: try await dependencies.accounts.units.list(includeInactive: false))
        }
        if input.object["themes"] is String {
            input.text("themes", into: &form.themes)
        } else if input.object["themes"] != nil {
            var themes: [String] = []
            input.list("themes", into: &themes)
            form.themes = themes.joined(separator: "\n")
        }
        return form
    }
}

extension ProspectsAPI {
    /// `DELETE /api/v1/prospects/{id}?version=N`: 204 when deleted with its history (audited); 403 for another
    /// unit's prospect, 404, 409 `stale_version` or `signed_prospect` (a signed prospect stays), 422 without a
    /// version.
    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let stored = try await dependencies.writableProspect(
            id: try context.pathID(), principal: try context.principal())
        return try await APIWrite.refusingFields(context) {
            let version = try APIWrite.deleteVersion(request, context)
            try await dependencies.services.prospects.delete(
                id: stored.id, expectedVersion: version, by: try context.auditActor())
            return Response(status: .noContent)
        }
    }
}
