import Foundation
import Hummingbird
import YouchengCore

/// Renders the user form pages (new and stored) with what they show besides the form: the unit choices, the lock,
/// the history. Shared by `UserFormPages` and `UserActionPages`.
struct UserPageRenderer: Sendable {
    let dependencies: WebDependencies

    /// The stored user, or a 404.
    func stored(_ id: Int64) async throws -> User {
        guard let user = try await dependencies.accounts.users.user(id: id) else {
            throw AccountError.userNotFound(String(id))
        }
        return user
    }

    func render(
        _ form: UserForm, user: User?, errors: FieldErrors? = nil, formError: Bilingual? = nil, notice: String? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let accounts = dependencies.accounts
        var lockedUntil: Date?
        var history: AuditHistoryView?
        if let user {
            lockedUntil = try await accounts.users.lockedUntil(username: user.username)
            history = try await dependencies.history(.user, id: user.id, language: context.language)
        }
        let view = UserFormView(
            form: form, user: user, units: try await accounts.units.list(includeInactive: true),
            lockedUntil: lockedUntil, history: history, errors: errors, formError: formError, notice: notice,
            timeZone: dependencies.configuration.timeZone, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        let page: AccountRoute = user.map { .editUser(id: $0.id) } ?? .newUser
        return try await dependencies.renderer.page(
            "user-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }

    /// A store's refusal as an error beside its field, with the status to answer; rethrows the rest.
    static func fieldErrors(_ error: AccountError) throws -> (FieldErrors, HTTPResponse.Status) {
        let field: String
        let status: HTTPResponse.Status
        switch error {
        case .duplicateUsername: (field, status) = ("username", .conflict)
        case .unitNotFound, .inactiveUnit: (field, status) = ("unit", .unprocessableContent)
        case .ownAdminRole: (field, status) = ("role", .conflict)
        case .ownDeactivation: (field, status) = ("active", .conflict)
        default: throw error
        }
        return (FieldErrors(errors: [FieldError(code: "refused", field: field, message: error.message)]), status)
    }
}
