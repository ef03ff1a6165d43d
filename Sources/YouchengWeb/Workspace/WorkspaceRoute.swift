import Hummingbird
import YouchengCore

/// A member unit's workspace (工作台) and the units' responsiveness (单位响应情况): the page and its JSON.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum WorkspaceRoute: Route {
    /// The workspace of the user's unit (or, for administrators and viewers, of the unit chosen).
    case workspace
    /// The same as JSON.
    case apiWorkspace
    /// Each unit's on-time answer and report rates for a year.
    case responsiveness

    /// One instance of each route, for registration.
    static let all: [WorkspaceRoute] = [.workspace, .apiWorkspace, .responsiveness]

    /// Method, path, access and handler of each route. Every signed-in user may look; which unit an editor may look
    /// at is the handler's question (`WorkspaceUnit`).
    var declaration: RouteDeclaration {
        switch self {
        case .workspace: .get(["workspace"], .signedIn) { WorkspacePage(dependencies: $0).show }
        case .apiWorkspace: .get(["api", "v1", "workspace"], .signedIn) { WorkspaceAPI(dependencies: $0).show }
        case .responsiveness:
            .get(["units", "responsiveness"], .signedIn) { ResponsivenessPage(dependencies: $0).show }
        }
    }

    /// Where `account` lands after signing in without a `next`: an editor, who works for a unit, on the unit's
    /// workspace; administrators and viewers on the overview.
    static func landing(for account: Account) -> String {
        account.user.role == .editor ? workspace.link() : RegistryRoute.overview.link()
    }
}
