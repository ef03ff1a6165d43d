import Hummingbird
import YouchengCore

/// What an admin does to a user besides the form: `POST /users/{id}/password` sets a new password (the rules of
/// `PasswordRules`; the user's sessions end) and `POST /users/{id}/unlock` lifts a sign-in lock. Both are audited
/// with the admin as actor and return (303) to the user's page.
struct UserActionPages: Sendable {
    let dependencies: WebDependencies

    func setPassword(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let pages = UserPageRenderer(dependencies: dependencies)
        let user = try await pages.stored(try context.pathID())
        let fields = try await request.postedForm(.account, context)
        do {
            try await dependencies.accounts.users.changePassword(
                username: user.username, to: fields["password"] ?? "", by: try context.auditActor())
        } catch let error as FieldError {
            return try await pages.render(
                UserForm(user: user), user: user, errors: FieldErrors(errors: [error]),
                status: .unprocessableContent, request: request, context: context)
        }
        return back(to: user, "password")
    }

    func unlock(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let user = try await UserPageRenderer(dependencies: dependencies).stored(try context.pathID())
        _ = try await request.postedForm(.action, context)
        try await dependencies.accounts.users.unlock(username: user.username, by: try context.auditActor())
        return back(to: user, "unlocked")
    }

    private func back(to user: User, _ what: String) -> Response {
        Response(status: .seeOther, headers: [.location: AccountRoute.editUser(id: user.id).link([("saved", what)])])
    }
}
