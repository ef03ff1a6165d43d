import Hummingbird
import YouchengCore

/// Writes through the API, by administrators and by editors for their own unit's projects:
/// `POST /api/v1/projects` (201), `PATCH /api/v1/projects/{id}` (the fields given replace the stored ones; `version`
/// required), `POST /api/v1/projects/{id}/stage` (`{"stage", "date", "reason", "version"}`) and
/// `POST /api/v1/projects/{id}/notes` (`{"date", "text"}`, 201). Fields as the form's: `title`, `partners` (ids or
/// names), `unit` (an id), `kind`, `agreed`, `realised`, `currency`, `budget`, `actualCost` (amounts as strings),
/// `sourceKind` and `source`, and for a new project `stage` and `date`. 422 naming every bad field, 409 for a stale
/// version, 403 for another unit's project; nothing is written then. From a cookie session the call carries the
/// CSRF token in `X-CSRF-Token`.
extension ProjectsAPI {
    static let fields: Set<String> = [
        "title", "partners", "unit", "kind", "agreed", "realised", "currency", "budget", "actualCost", "sourceKind",
        "source", "stage", "date",
    ]

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        var input = try await writeInput(request, context, known: Self.fields)
        let form = Self.apply(&input, to: ProjectForm())
        return try await refusing(context) {
            let lookups = try await dependencies.exchangeContext()
            let valid = try input.result(form.validated(today: dependencies.todayDay, names: lookups.importer)).get()
            try dependencies.authorize(valid.draft, stored: nil, principal: try context.principal())
            let project = try await dependencies.services.projects.create(
                valid.draft, stage: valid.stage, date: valid.date, by: try context.auditActor())
            return try await answer(project, status: .created)
        }
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        var input = try await writeInput(request, context, known: Self.fields.subtracting(["stage", "date"]))
        let form = Self.apply(&input, to: ProjectForm(project.draft))
        return try await refusing(context) {
            let version = try Self.version(input)
            let lookups = try await dependencies.exchangeContext()
            let valid = try input.result(form.validated(today: dependencies.todayDay, names: lookups.importer)).get()
            try dependencies.authorize(valid.draft, stored: project, principal: try context.principal())
            let saved = try await dependencies.services.projects.update(
                id: project.id, valid.draft, expectedVersion: version, today: dependencies.todayDay,
                by: try context.auditActor())
            return try await answer(saved, status: .ok)
        }
    }

    func changeStage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        var input = try await writeInput(request, context, known: ["stage", "date", "reason"])
        var stage = "", date = dependencies.todayDay.description, reason = ""
        input.text("stage", into: &stage)
        input.text("date", into: &date)
        input.text("reason", into: &reason)
        return try await refusing(context) {
            let version = try Self.version(input)
            let move = input.result(Self.move(stage: stage, date: date))
            let (to, day) = try move.get()
            let saved = try await dependencies.services.projects.changeStage(
                id: project.id, to: to, date: day, reason: reason, expectedVersion: version,
                today: dependencies.todayDay, by: try context.auditActor())
            return try await answer(saved, status: .ok)
        }
    }

    func addNote(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        var input = try await writeInput(request, context, known: ["date", "text"])
        var date = dependencies.todayDay.description, text = ""
        input.text("date", into: &date)
        input.text("text", into: &text)
        return try await refusing(context) {
            let day = try input.result(Self.day(date)).get()
            _ = try await dependencies.services.projects.addNote(
                id: project.id, date: day, text: text, today: dependencies.todayDay, by: try context.auditActor())
            return try await answer(try await dependencies.storedProject(id: project.id), status: .created)
        }
    }

    /// `form` with the fields `input` gives replaced.
    static func apply(_ input: inout PlanWriteInput, to form: ProjectForm) -> ProjectForm {
        var form = form
        input.text("title", into: &form.title)
        input.list("partners", into: &form.partners)
        input.text("unit", into: &form.unit)
        input.text("kind", into: &form.kind)
        input.text("agreed", into: &form.agreed)
        input.text("realised", into: &form.realised)
        input.text("currency", into: &form.currency)
        input.text("budget", into: &form.budget)
        input.text("actualCost", into: &form.actualCost)
        input.text("sourceKind", into: &form.sourceKind)
        input.text("source", into: &form.sourceReference)
        input.text("stage", into: &form.stage)
        input.text("date", into: &form.date)
        return form
    }

    private static func move(stage: String, date: String) -> Result<(ProjectStage, Day), FieldErrors> {
        var errors: [FieldError] = []
        let to = ProjectStage(rawValue: stage.trimmingCharacters(in: .whitespaces)) ?? ProjectStage(parsing: stage)
        if to == nil {
            errors.append(
                ProjectForm.unknown("stage", kind: stage, ProjectStage.self, zh: "阶段", en: "stage"))
        }
        let day = Self.day(date)
        if case .failure(let refused) = day { errors += refused.errors }
        guard let to, case .success(let parsed) = day else { return .failure(FieldErrors(errors: errors)) }
        return .success((to, parsed))
    }

    private static func day(_ text: String) -> Result<Day, FieldErrors> {
        guard let day = Day(parsing: text.trimmingCharacters(in: .whitespaces)) else {
            return .failure(
                FieldErrors(errors: [
                    FieldError(
                        code: "invalid_date", field: "date",
                        message: Bilingual(
                            zh: "日期「\(text)」无效，应为 YYYY-MM-DD", en: "date \"\(text)\" is not valid: use YYYY-MM-DD"))
                ]))
        }
        return .success(day)
    }

    /// The body, after the CSRF check of a cookie session and the content type.
    private func writeInput(_ request: Request, _ context: WebRequestContext, known: Set<String>) async throws
        -> PlanWriteInput
    {
        try await PlanWriteInput.read(request, context, known: known, limit: Self.maxBodyBytes)
    }

    /// The `version` a write must give, or a 422 naming it.
    private static func version(_ input: PlanWriteInput) throws -> Int { try input.requiredVersion() }

    /// `write`'s answer, field errors as 422 naming the fields.
    private func refusing(_ context: WebRequestContext, _ write: () async throws -> Response) async throws
        -> Response
    {
        try await APIWrite.refusingFields(context, write)
    }
}

extension ProjectsAPI {
    /// `DELETE /api/v1/projects/{id}?version=N`: 204 when deleted with its partners' links, history and notes
    /// (audited); 403 for another unit's project (editors), 404, 409 `stale_version`, 422 without a version.
    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        return try await APIWrite.refusingFields(context) {
            let version = try APIWrite.deleteVersion(request, context)
            try await dependencies.services.projects.delete(
                id: project.id, expectedVersion: version, by: try context.auditActor())
            return Response(status: .noContent)
        }
    }
}
