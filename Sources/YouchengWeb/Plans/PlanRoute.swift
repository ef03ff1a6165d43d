import Hummingbird

/// The joint meeting's plans: the pages (`/plans…`, `/tasks…`) and the API (`/api/v1/plans…`,
/// `/api/v1/tasks/{id}/reports`). Each line declares a route's method, path, access and handler; `WebRoute.groups`
/// lists this group, and `RouteTableTests` checks that every case is in `all`. Reporting is open to writers; which
/// unit's writer may report is the handler's question (`AccessPolicy.mayReport`).
enum PlanRoute: Route {
    /// The plans as JSON.
    case apiPlans
    /// One plan's tasks as JSON, filtered and paged.
    case apiPlanTasks(id: Int64)
    /// A unit's progress report on a task.
    case apiCreateReport(taskId: Int64)
    /// The plan list.
    case plans
    /// The form to create a plan (admins).
    case newPlan
    /// The new-plan form's target.
    case createPlan
    /// One plan's progress as of a day, its units and its tasks, filtered and paged.
    case plan(id: Int64)
    /// The form to change a plan (admins).
    case editPlan(id: Int64)
    /// The plan form's target.
    case updatePlan(id: Int64)
    /// The form to add a task to a plan (admins).
    case newTask(planId: Int64)
    /// The new-task form's target.
    case createTask(planId: Int64)
    /// One task: its fields, parent and child tasks, its reports and the report form.
    case task(id: Int64)
    /// The form to change a task (admins).
    case editTask(id: Int64)
    /// The task form's target.
    case updateTask(id: Int64)
    /// The report form's target.
    case createReport(taskId: Int64)
    /// Creating a plan through the API (admins).
    case apiCreatePlan
    /// Changing a plan through the API (admins).
    case apiUpdatePlan(id: Int64)
    /// Adding a task to a plan through the API (admins).
    case apiCreateTask(planId: Int64)
    /// Changing a task through the API (admins).
    case apiUpdateTask(id: Int64)

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [PlanRoute] = [
        .apiPlans, .apiPlanTasks(id: 0), .apiCreateReport(taskId: 0), .plans, .newPlan, .createPlan, .plan(id: 0),
        .editPlan(id: 0), .updatePlan(id: 0), .newTask(planId: 0), .createTask(planId: 0), .task(id: 0),
        .editTask(id: 0), .updateTask(id: 0), .createReport(taskId: 0),
        .apiCreatePlan, .apiUpdatePlan(id: 0), .apiCreateTask(planId: 0), .apiUpdateTask(id: 0),
    ]

    /// Method, path, access and handler of each route.
    var declaration: RouteDeclaration {
        switch self {
        case .apiPlans: .get(["api", "v1", "plans"], .signedIn) { PlansAPI(dependencies: $0).list }
        case .apiPlanTasks(let id):
            .get(["api", "v1", "plans", .id(id), "tasks"], .signedIn) { PlansAPI(dependencies: $0).tasks }
        case .apiCreateReport(let id):
            .post(["api", "v1", "tasks", .id(id), "reports"], .writer) { PlansAPI(dependencies: $0).report }
        case .plans: .get(["plans"], .signedIn) { PlanListPage(dependencies: $0).show }
        case .newPlan: .get(["plans", "new"], .admin) { PlanFormPages(dependencies: $0).new }
        case .createPlan: .post(["plans"], .admin) { PlanFormPages(dependencies: $0).create }
        case .plan(let id): .get(["plans", .id(id)], .signedIn) { PlanPage(dependencies: $0).show }
        case .editPlan(let id): .get(["plans", .id(id), "edit"], .admin) { PlanFormPages(dependencies: $0).edit }
        case .updatePlan(let id): .post(["plans", .id(id)], .admin) { PlanFormPages(dependencies: $0).update }
        case .newTask(let id): .get(["plans", .id(id), "tasks", "new"], .admin) { TaskFormPages(dependencies: $0).new }
        case .createTask(let id):
            .post(["plans", .id(id), "tasks"], .admin) { TaskFormPages(dependencies: $0).create }
        case .task(let id): .get(["tasks", .id(id)], .signedIn) { TaskPage(dependencies: $0).show }
        case .editTask(let id): .get(["tasks", .id(id), "edit"], .admin) { TaskFormPages(dependencies: $0).edit }
        case .updateTask(let id): .post(["tasks", .id(id)], .admin) { TaskFormPages(dependencies: $0).update }
        case .createReport(let id):
            .post(["tasks", .id(id), "reports"], .writer) { TaskPage(dependencies: $0).report }
        case .apiCreatePlan: .post(["api", "v1", "plans"], .admin) { PlansAPI(dependencies: $0).createPlan }
        case .apiUpdatePlan(let id):
            .patch(["api", "v1", "plans", .id(id)], .admin) { PlansAPI(dependencies: $0).updatePlan }
        case .apiCreateTask(let id):
            .post(["api", "v1", "plans", .id(id), "tasks"], .admin) { PlansAPI(dependencies: $0).createTask }
        case .apiUpdateTask(let id):
            .patch(["api", "v1", "tasks", .id(id)], .admin) { PlansAPI(dependencies: $0).updateTask }
        }
    }
}
