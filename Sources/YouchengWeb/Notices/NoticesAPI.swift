import Hummingbird
import YouchengCore

/// The notices as JSON: `GET /api/v1/notices` (parameters `unit`, `open`, `page`, `per`; the paging shape of the
/// partnership list), `GET /api/v1/notices/{id}` with the answers and the units that have not answered,
/// `POST /api/v1/notices` (admins) and `POST /api/v1/notices/{id}/responses` (a writer of an addressed unit).
///
/// Sending answers 201 (with `Location`), answering 200 (the first answer and a changed one alike), both with the
/// notice as `GET …/{id}` gives it; 400 for a body that is not a JSON object of known
/// keys; 422 for field errors (`error.details` lists all); 403 for a user who may not; 404 for an unknown notice.
/// Signed in by a session cookie rather than a token, a write carries the session's CSRF token in `X-CSRF-Token`.
struct NoticesAPI: Sendable {
    let dependencies: WebDependencies

    /// A notice or an answer is at most a few kilobytes of JSON.
    static let maxBodyBytes = 64 * 1024

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try NoticeQuery(parameters: try request.queryString().pairs)
        let today = dependencies.noticeToday
        let page = try await dependencies.services.notices.list(query, today: today)
        return JSONResponse.response(
            json: NoticeListJSON(page, today: today, units: try await dependencies.noticeUnits()).value)
    }

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let detail = try await dependencies.storedNotice(id: try context.pathID())
        return JSONResponse.response(json: try await json(detail))
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let input = try await readInput(request, context, allowed: NoticeInput.noticeFields)
        var errors = input.typeErrors
        var draft: NoticeDraft?
        switch input.noticeForm.validated(today: dependencies.noticeToday) {
        case .failure(let refused):
            errors += refused.errors.filter { error in !errors.contains { $0.field == error.field } }
        case .success(let valid): draft = valid
        }
        guard errors.isEmpty, let draft else { return try refused(errors, context) }
        let sent: NoticeDetail
        do {
            sent = try await dependencies.services.notices.create(draft, by: try context.auditActor())
        } catch let error as NoticeError where error.field != nil {
            return try refused([FieldError(code: "unknown", field: error.field, message: error.message)], context)
        }
        var response = JSONResponse.response(json: try await json(sent), status: .created)
        response.headers[.location] = NoticeRoute.apiNotice(id: sent.notice.id).link()
        return response
    }

    func answer(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let input = try await readInput(request, context, allowed: NoticeInput.answerFields)
        let stored = try await dependencies.storedNotice(id: id)
        let principal = try context.principal()
        guard AccessPolicy.mayAnswerNotice(addressedTo: stored.notice.unitIds, as: principal) else {
            throw AccessDenied()
        }
        let fields = input.fields
        let read = NoticeResponseDraft.read(
            answer: fields["answer"] ?? "", comment: fields["comment"] ?? "", contact: fields["contact"] ?? "",
            exchange: fields["exchange"] ?? "")
        var errors = input.typeErrors
        if case .failure(let refused) = read {
            errors += refused.errors.filter { error in !errors.contains { $0.field == error.field } }
        }
        guard errors.isEmpty, case .success(let draft) = read else { return try refused(errors, context) }
        do {
            _ = try await dependencies.services.notices.respond(
                noticeId: id, unitId: principal.unitId, draft, by: try context.auditActor())
        } catch let error as NoticeError where error.field != nil {
            return try refused([FieldError(code: "unknown", field: error.field, message: error.message)], context)
        }
        return JSONResponse.response(json: try await json(try await dependencies.storedNotice(id: id)))
    }

    private func json(_ detail: NoticeDetail) async throws -> JSONValue {
        NoticeJSON(
            detail, full: true, today: dependencies.noticeToday, units: try await dependencies.noticeUnits()
        ).value
    }

    private func refused(_ errors: [FieldError], _ context: WebRequestContext) throws -> Response {
        try JSONResponse.response(
            FieldErrorsJSON(FieldErrors(errors: errors), context.language), status: .unprocessableContent)
    }

    private func readInput(_ request: Request, _ context: WebRequestContext, allowed: Set<String>) async throws
        -> NoticeInput
    {
        if context.csrfToken != nil { try context.requireCSRF(request.headers[PartnershipsAPI.csrfHeader]) }
        let type = HeaderValue.parse(request.headers[.contentType] ?? "").value.lowercased()
        guard type == "application/json" else { throw WebError.unsupportedMediaType }
        return try NoticeInput(json: try await request.bodyBytes(limit: Self.maxBodyBytes), allowed: allowed)
    }
}
