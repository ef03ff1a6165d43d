import Hummingbird
import YouchengCore

/// `GET /prospects/{id}`: the prospect's fields, its stage history as a timeline, the partnership its signing
/// created, and for who may write it the stage form and the edit link. `POST /prospects/{id}/stage` moves it by
/// the stage rules (signing creates the partnership) and comes back to it (303); a refused change re-renders the
/// page (422) with the form kept, a stale version is a 409.
struct ProspectDetailPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let prospect = try await dependencies.storedProspect(id: try context.pathID())
        let query = try request.queryString()
        let notice =
            query["saved"] != nil ? "prospect_saved_notice" : query["moved"] != nil ? "prospect_moved_notice" : nil
        return try await render(
            prospect, form: ProspectStageForm(date: dependencies.noticeToday.description), notice: notice,
            request: request, context: context)
    }

    func changeStage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let prospect = try await dependencies.writableProspect(
            id: try context.pathID(), principal: try context.principal())
        let form = ProspectStageForm(
            stage: fields["stage"] ?? "", date: fields["date"] ?? "", reason: fields["reason"] ?? "",
            kind: fields["kind"] ?? "")
        let today = dependencies.noticeToday
        let errors: FieldErrors
        var status = HTTPResponse.Status.unprocessableContent
        switch form.validated(today: today) {
        case .failure(let refused): errors = refused
        case .success(let change):
            do {
                _ = try await dependencies.services.prospects.changeStage(
                    id: prospect.id, change, expectedVersion: try fields.version(), today: today,
                    by: try context.auditActor())
                let target = PipelineRoute.prospect(id: prospect.id).link([("moved", "1")]) + "#history"
                return Response(status: .seeOther, headers: [.location: target])
            } catch let error as ProspectError {
                if case .staleVersion = error { status = .conflict }
                if case .alreadySigned = error { status = .conflict }
                if case .alreadyTwinned = error { status = .conflict }
                errors = FieldErrors(errors: [
                    FieldError(code: "refused", field: error.field ?? "stage", message: error.message)
                ])
            }
        }
        let current = try await dependencies.storedProspect(id: prospect.id)
        return try await render(current, form: form, errors: errors, status: status, request: request, context: context)
    }

    private func render(
        _ prospect: Prospect, form: ProspectStageForm, errors: FieldErrors? = nil, notice: String? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let view = ProspectView(
            prospect: prospect, form: form, errors: errors, notice: notice,
            mayWrite: dependencies.mayWrite(prospect, principal: try context.principal()),
            units: try await dependencies.noticeUnits(), partnership: try await partnership(prospect),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        let page = PipelineRoute.prospect(id: prospect.id)
        return try await dependencies.renderer.page(
            "prospect", title: view.title, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }

    /// The partnership the prospect's signing created, if it is still in the registry.
    private func partnership(_ prospect: Prospect) async throws -> PartnershipRecord? {
        guard let id = prospect.partnershipId else { return nil }
        return try await dependencies.repository.partnership(id: id)
    }
}
