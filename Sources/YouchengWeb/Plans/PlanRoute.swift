import Hummingbird

/// The joint meeting's plans: the API (`/api/v1/plans…`, `/api/v1/tasks/{id}/reports`).
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group.
enum PlanRoute: Route {
    /// The plans as JSON.
    case apiPlans
    /// One plan's tasks as JSON, filtered and paged.
    case apiPlanTasks(id: Int64)
    /// A unit's progress report on a task.
    case apiCreateReport(taskId: Int64)

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [PlanRoute] = [.apiPlans, .apiPlanTasks(id: 0), .apiCreateReport(taskId: 0)]

    /// Method, path, access and handler of each route.
    var declaration: RouteDeclaration {
        switch self {
        case .apiPlans: .get(["api", "v1", "plans"], .signedIn) { PlansAPI(dependencies: $0).list }
        case .apiPlanTasks(let id):
            .get(["api", "v1", "plans", .id(id), "tasks"], .signedIn) { PlansAPI(dependencies: $0).tasks }
        case .apiCreateReport(let id):
            .post(["api", "v1", "tasks", .id(id), "reports"], .writer) { PlansAPI(dependencies: $0).report }
        }
    }
}
