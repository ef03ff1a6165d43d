import Hummingbird
import YouchengCore

/// What the API's newer writes share: the `version` a DELETE gives in its query, and field errors answered as a 422
/// that names every field (the pages' forms re-render instead).
enum APIWrite {
    /// After the CSRF check of a cookie session (`X-CSRF-Token`): the `?version=N` a DELETE must give, or
    /// `FieldErrors` naming `version`.
    static func deleteVersion(_ request: Request, _ context: WebRequestContext) throws -> Int {
        if context.csrfToken != nil { try context.requireCSRF(request.headers[PartnershipsAPI.csrfHeader]) }
        guard let version = try request.queryString()["version"].flatMap({ Int($0) }) else {
            throw FieldErrors(errors: [
                FieldError(
                    code: "required", field: "version",
                    message: Bilingual(
                        zh: "请在地址中提供记录的 version（?version=N，读取记录时获得）",
                        en: "give the record's version as ?version=N (as read with GET)"))
            ])
        }
        return version
    }

    /// `write`'s answer; `FieldErrors` or a `FieldError` it throws become a 422 naming the fields.
    static func refusingFields(_ context: WebRequestContext, _ write: () async throws -> Response) async throws
        -> Response
    {
        do {
            return try await write()
        } catch let errors as FieldErrors {
            return try JSONResponse.response(FieldErrorsJSON(errors, context.language), status: .unprocessableContent)
        } catch let error as FieldError {
            return try JSONResponse.response(
                FieldErrorsJSON(FieldErrors(errors: [error]), context.language), status: .unprocessableContent)
        }
    }
}
