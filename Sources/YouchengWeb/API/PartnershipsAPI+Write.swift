import Hummingbird
import YouchengCore

/// `POST /api/v1/partnerships` and `PATCH /api/v1/partnerships/{id}`: the form's rules and errors, in JSON.
///
/// - 201 (created, with `Location`) or 200 (changed) with the partnership as `GET …/{id}` gives it;
/// - 400 for a body that is not a JSON object of known fields; 422 for field errors (`error.details` lists all);
/// - 403 for a role or locality the user may not write; 404 for an unknown id;
/// - 409 `duplicate_pair`, or `stale_version` with the record as it is now (`current`) and what changed since the
///   version sent (`changedMeanwhile`): nothing is overwritten.
///
/// Signed in by a session cookie rather than a token, a write must carry the session's CSRF token in
/// `X-CSRF-Token`, as forms carry `_csrf`.
extension PartnershipsAPI {
    /// A partnership is a few hundred bytes of JSON.
    static let maxBodyBytes = 64 * 1024

    static let csrfHeader = HTTPFields.Element.Name("X-CSRF-Token")!

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let input = try await readInput(request, context)
        return try await save(input.form(over: PartnershipForm()), id: nil, version: nil, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let input = try await readInput(request, context)
        guard let version = input.version else {
            throw PartnershipInput.refusal(
                "version", zh: "请提供记录的 version（读取记录时获得）", en: "give the record's version (as read with GET)")
        }
        guard let record = try await dependencies.repository.partnership(id: id) else { throw RegistryError.notFound }
        return try await save(
            input.form(over: PartnershipForm(record: record)), id: id, version: version, context: context)
    }

    /// `DELETE /api/v1/partnerships/{id}?version=N`: 204 when deleted; 409 with what changed when N is old.
    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try requireWriteAccess(request, context)
        let id = try context.pathID()
        let text = try request.queryString()["version"]
        guard let version = text.flatMap({ Int($0) }) else {
            throw PartnershipInput.refusal(
                "version", zh: "请在地址中提供记录的 version（?version=N）", en: "give the record's version as ?version=N")
        }
        guard let record = try await dependencies.repository.partnership(id: id) else { throw RegistryError.notFound }
        guard dependencies.policy.mayEditPartnership(home: record.home.code, as: try context.principal()) else {
            throw AccessDenied()
        }
        do {
            _ = try await dependencies.repository.delete(
                id: id, expectedVersion: version, actor: try context.auditActor())
            return Response(status: .noContent)
        } catch RegistryError.staleVersion {
            return try await staleAnswer(id: id, since: version, context: context)
        }
    }

    private func staleAnswer(id: Int64, since version: Int, context: WebRequestContext) async throws -> Response {
        guard let record = try await dependencies.repository.partnership(id: id) else { throw RegistryError.notFound }
        let meanwhile = try await dependencies.changedMeanwhile(partnershipId: id, since: version)
        return try JSONResponse.response(
            StaleVersionJSON(current: record, meanwhile: meanwhile, language: context.language), status: .conflict)
    }

    /// From a cookie session, a request carrying the session's CSRF token in `X-CSRF-Token` (the route's declared
    /// access has already admitted only writers).
    private func requireWriteAccess(_ request: Request, _ context: WebRequestContext) throws {
        if context.csrfToken != nil { try context.requireCSRF(request.headers[Self.csrfHeader]) }
    }

    private func readInput(_ request: Request, _ context: WebRequestContext) async throws -> PartnershipInput {
        try requireWriteAccess(request, context)
        let type = HeaderValue.parse(request.headers[.contentType] ?? "").value.lowercased()
        guard type == "application/json" else { throw WebError.unsupportedMediaType }
        return try PartnershipInput(json: try await request.bodyBytes(limit: Self.maxBodyBytes))
    }

    private func save(_ form: PartnershipForm, id: Int64?, version: Int?, context: WebRequestContext) async throws
        -> Response
    {
        var draft: PartnershipDraft
        switch form.validate(reference: dependencies.reference) {
        case .failure(let errors):
            return try JSONResponse.response(FieldErrorsJSON(errors, context.language), status: .unprocessableContent)
        case .success(let valid): draft = valid
        }
        draft = try await dependencies.authorize(draft, id: id, principal: try context.principal())
        do {
            let record = try await dependencies.repository.save(
                draft, id: id, expectedVersion: version, actor: try context.auditActor())
            guard id == nil else { return try JSONResponse.response(PartnershipJSON.apiItem(record)) }
            var response = try JSONResponse.response(PartnershipJSON.apiItem(record), status: .created)
            response.headers[.location] = APIRoute.apiPartnership(id: record.partnership.id).link()
            return response
        } catch RegistryError.staleVersion(let current) {
            guard let id else { throw RegistryError.notFound }
            return try await staleAnswer(id: id, since: version ?? current, context: context)
        }
    }
}
