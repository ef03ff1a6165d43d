import Hummingbird
import YouchengCore

/// What every page that posts a form shares: the name of the CSRF field, and the kinds of form with the most bytes
/// each may send. A body over its kind's limit is refused (413) before it is read any further.
enum PostedForm {
    /// The form field carrying the session's CSRF token (the sign-in form's double-submit token too).
    static let csrfField = "_csrf"

    /// The kinds of form a page posts. Multipart uploads are not among them: an import file has its own limit,
    /// configured (`WebConfiguration.maxUploadBytes`).
    enum Kind: Sendable {
        /// A record's form: a partnership, an exchange, a peer city's figures. Its free text (notes, outcomes, a
        /// delegation's member list) can run to several pages, so the limit is generous; a body near it is not a
        /// browser filling in a form.
        case record
        /// An account form: a unit, a user, a new password. A few short fields, well under a kilobyte.
        case account
        /// A small action: sign-in and out, confirming a delete, a deactivation or an import, a calendar link, a
        /// partner's place, unlocking a user. A token, a version or a few numbers; nothing is typed at length.
        case action

        /// The most bytes a body of this kind may have.
        var maxBytes: Int {
            switch self {
            case .record: 1024 * 1024
            case .account: 64 * 1024
            case .action: 16 * 1024
            }
        }
    }
}

extension Request {
    /// The fields of a posted `application/x-www-form-urlencoded` form of `kind`, once its `_csrf` field is the
    /// session's token. Throws `WebError.tooLarge` over the kind's limit, `WebError.unsupportedMediaType` for another
    /// body, and `WebError.badCSRF` for a missing or wrong token, before the handler changes anything.
    func postedForm(_ kind: PostedForm.Kind, _ context: WebRequestContext) async throws -> QueryString {
        let fields = try await formFields(limit: kind.maxBytes)
        try context.requireCSRF(fields[PostedForm.csrfField])
        return fields
    }
}

extension QueryString {
    /// The hidden `version` of a form that changes a stored record; a missing or non-numeric one is a 400 naming it.
    func version() throws(WebError) -> Int {
        guard let version = self["version"].flatMap({ Int($0) }) else {
            throw WebError.invalidParameter("version", self["version"] ?? "")
        }
        return version
    }
}
