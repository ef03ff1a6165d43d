extension PlanProgress {
    /// `{"plan": {"id", "title", "from", "to"}, "asOf", "tasks", "byStatus": {"notStarted", "inProgress", "done",
    /// "cancelled"}, "overdue", "notReported", "byUnit": [{"unit": {"id", "name"}, "lead", "done", "overdue",
    /// "notReported"}]}`: what `plan status --json` prints and the API returns.
    public var json: JSONValue {
        .object([
            (
                "plan",
                .object([
                    ("id", .int(Int(plan.id))), ("title", .string(plan.title)),
                    ("from", .string(plan.draft.from.description)), ("to", .string(plan.draft.to.description)),
                ])
            ),
            ("asOf", .string(asOf.description)), ("tasks", .int(tasks)),
            ("byStatus", .object(PlanTaskStatus.allCases.map { ($0.rawValue, .int(byStatus[$0] ?? 0)) })),
            ("overdue", .int(overdue)), ("notReported", .int(notReported)),
            (
                "byUnit",
                .array(
                    byUnit.map { row in
                        .object([
                            ("unit", .object([("id", .int(Int(row.unitId))), ("name", .string(row.name.zh))])),
                            ("lead", .int(row.lead)), ("done", .int(row.done)), ("overdue", .int(row.overdue)),
                            ("notReported", .int(row.notReported)),
                        ])
                    })
            ),
        ])
    }
}
