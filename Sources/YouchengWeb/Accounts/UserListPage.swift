import Foundation
import Hummingbird
import YouchengCore

/// `GET /users` (admins): every user with unit, role, state and lock.
struct UserListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let users = try await dependencies.accounts.users.list()
        var locks: [Int64: Date] = [:]
        for user in users {
            locks[user.id] = try await dependencies.accounts.users.lockedUntil(username: user.username)
        }
        let view = UserListView(
            users: users, units: try await dependencies.accounts.units.list(includeInactive: true), locks: locks,
            savedId: query["saved"].flatMap { Int64($0) }, timeZone: dependencies.configuration.timeZone,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "users", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
