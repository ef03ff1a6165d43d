import Hummingbird
import YouchengCore

extension PlanWriteInput {
    /// An API write's JSON body, after the CSRF check of a cookie session and the content type, with `known` the
    /// fields it may have, read up to `limit` bytes.
    static func read(_ request: Request, _ context: WebRequestContext, known: Set<String>, limit: Int) async throws
        -> PlanWriteInput
    {
        if context.csrfToken != nil { try context.requireCSRF(request.headers[PartnershipsAPI.csrfHeader]) }
        let type = HeaderValue.parse(request.headers[.contentType] ?? "").value.lowercased()
        guard type == "application/json" else { throw WebError.unsupportedMediaType }
        return try PlanWriteInput(json: try await request.bodyBytes(limit: limit), known: known)
    }

    /// The `version` a write must give, or a 422 naming it.
    func requiredVersion() throws -> Int {
        guard let version else {
            throw FieldErrors(errors: [
                FieldError(
                    code: "required", field: "version",
                    message: Bilingual(
                        zh: "请提供记录的 version（读取记录时获得）", en: "give the record's version (as read with GET)"))
            ])
        }
        return version
    }
}
