import YouchengCore

/// Plans, tasks and reports as the API writes them, by hand (`JSONResponse.response(json:)` sorts the keys).
enum PlanJSON {
    /// `{"items", "page", "per", "total"}`.
    static func page(_ items: [JSONValue], page: Int, per: Int, total: Int) -> JSONValue {
        .object([("items", .array(items)), ("page", .int(page)), ("per", .int(per)), ("total", .int(total))])
    }

    /// A plan with its number of tasks.
    static func plan(_ plan: Plan, tasks: Int) -> JSONValue {
        let d = plan.draft
        return .object([
            ("id", .int(Int(plan.id))), ("title", .string(d.title)), ("from", .string(d.from.description)),
            ("to", .string(d.to.description)), ("kind", .string(d.kind.rawValue)),
            ("status", .string(d.status.rawValue)), ("parentId", d.parentId.map { .int(Int($0)) } ?? .null),
            ("tasks", .int(tasks)), ("version", .int(plan.version)),
        ])
    }

    /// A task, with whether it is overdue as of `asOf`.
    static func task(_ task: PlanTask, asOf: Day) -> JSONValue {
        let d = task.draft
        return .object([
            ("id", .int(Int(task.id))), ("planId", .int(Int(task.planId))), ("number", .string(d.number)),
            ("title", .string(d.title)), ("description", .string(d.description)),
            ("leadUnitId", .int(Int(d.leadUnitId))),
            ("cooperatingUnitIds", .array(d.cooperatingUnitIds.map { .int(Int($0)) })),
            ("due", d.due.map { .string($0.description) } ?? .null),
            ("domains", .array(d.domains.map(JSONValue.string))),
            ("partners", .array(d.partners.map(JSONValue.string))), ("target", .string(d.target)),
            ("status", .string(task.status.rawValue)), ("progress", .int(task.progress)),
            ("overdue", .bool(PlanRules.isOverdue(task, asOf: asOf))),
            ("parentId", task.parentId.map { .int(Int($0)) } ?? .null), ("version", .int(task.version)),
        ])
    }

    /// A progress report.
    static func report(_ report: ProgressReport) -> JSONValue {
        let d = report.draft
        return .object([
            ("id", .int(Int(report.id))), ("taskId", .int(Int(report.taskId))), ("unitId", .int(Int(report.unitId))),
            ("date", .string(d.date.description)), ("status", .string(d.status.rawValue)),
            ("progress", .int(d.progress)), ("text", .string(d.text)), ("nextSteps", .string(d.nextSteps)),
            ("reportedBy", .string(report.reportedBy)),
        ])
    }
}
