import Hummingbird
import YouchengCore

/// The user forms (admins): `GET /users/new` and `POST /users`; `GET /users/{id}/edit` and `POST /users/{id}`
/// (role, unit and state, with a hidden `version`). Errors come back beside each field with the input kept (422);
/// a stale version, a taken username, the last admin, or an admin demoting or deactivating themselves is refused
/// (409) and changes nothing. Changes go through `UserStore`, audited with the signed-in admin as actor.
struct UserFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        var form = UserForm()
        form.role = Role.editor.rawValue
        return try await UserPageRenderer(dependencies: dependencies).render(
            form, user: nil, request: request, context: context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let user = try await UserPageRenderer(dependencies: dependencies).stored(try context.pathID())
        let notice = try request.queryString()["saved"].map { _ in
            dependencies.renderer.text("form_saved", context.language)
        }
        return try await UserPageRenderer(dependencies: dependencies).render(
            UserForm(user: user), user: user, notice: notice, request: request, context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.account, context)
        let form = UserForm(fields: fields.fields)
        let pages = UserPageRenderer(dependencies: dependencies)
        switch form.validateNew() {
        case .failure(let errors):
            return try await pages.render(
                form, user: nil, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let valid):
            do {
                let user = try await dependencies.accounts.users.create(
                    username: valid.username, password: valid.password, unitId: valid.unitId, role: valid.role,
                    by: try context.auditActor())
                return Response(
                    status: .seeOther, headers: [.location: AccountRoute.users.link([("saved", String(user.id))])])
            } catch let error as AccountError {
                let (errors, status) = try UserPageRenderer.fieldErrors(error)
                return try await pages.render(
                    form, user: nil, errors: errors, status: status, request: request, context: context)
            }
        }
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let pages = UserPageRenderer(dependencies: dependencies)
        let user = try await pages.stored(try context.pathID())
        let fields = try await request.postedForm(.account, context)
        let version = try fields.version()
        let form = UserForm(fields: fields.fields)
        let change: (role: Role, unitId: Int64, active: Bool)
        switch form.validateChange() {
        case .failure(let errors):
            return try await pages.render(
                form, user: user, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let valid): change = valid
        }
        let actor = try context.auditActor()
        do {
            try OwnAccountRule.check(user, role: change.role, active: change.active, by: actor)
            guard version == user.version else { throw AccountError.staleVersion(current: user.version) }
            try await apply(change, to: user, version: version, actor: actor)
            return Response(
                status: .seeOther, headers: [.location: AccountRoute.users.link([("saved", String(user.id))])])
        } catch AccountError.staleVersion(let current) {
            // The form keeps the version it was opened with, so saving it again cannot overwrite the other change
            // unseen: the user reopens the page, where the history shows what changed.
            var shown = user
            shown.version = version
            return try await pages.render(
                form, user: shown, formError: AccountError.staleVersion(current: current).message, status: .conflict,
                request: request, context: context)
        } catch AccountError.lastAdmin {
            return try await pages.render(
                form, user: user, formError: AccountError.lastAdmin.message, status: .conflict, request: request,
                context: context)
        } catch let error as AccountError {
            let (errors, status) = try UserPageRenderer.fieldErrors(error)
            return try await pages.render(
                form, user: user, errors: errors, status: status, request: request, context: context)
        }
    }

    /// Unit, role and state in one transaction: all or nothing, checked against the version shown.
    private func apply(
        _ change: (role: Role, unitId: Int64, active: Bool), to user: User, version: Int, actor: AuditActor
    ) async throws {
        _ = try await dependencies.accounts.users.update(
            username: user.username, role: change.role, unitId: change.unitId, active: change.active,
            expectedVersion: version, by: actor)
    }
}
