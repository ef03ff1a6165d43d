import YouchengCore

/// The workspace as the API gives it, written by hand (`JSONResponse.response(json:)` sorts the keys):
/// `{"unit": {"id", "name"}, "asOf", "quarter": {"quarter", "from", "to"}, "tasks": [task as
/// `GET /api/v1/plans/{id}/tasks` gives it, with "plan": {"id", "title", "status"}, "role" (`lead` or
/// `cooperating`) and "reportDue"], "reportsDue": [task ids], "notices": [{"id", "title", "kind", "deadline",
/// "overdue"}], "exchanges": {"year", "count", "latest": [{"id", "title", "start", "end", "kind"}]}, "rates":
/// {"year", "answers": {"addressed", "onTime", "percent"} or null, "reports": {"required", "reported", "percent"}
/// or null}}`. Days are `YYYY-MM-DD`.
struct WorkspaceJSON: Sendable {
    let value: JSONValue

    init(_ workspace: UnitWorkspace, unit: MemberUnit, rates: Responsiveness) {
        let asOf = workspace.asOf
        let quarter = workspace.quarter
        let tasks = workspace.tasks.map { row -> JSONValue in
            guard case .object(let members) = PlanJSON.task(row.task, asOf: asOf) else { return .null }
            let plan = row.plan
            return .object(
                members + [
                    (
                        "plan",
                        .object([
                            ("id", .int(Int(plan.id))), ("title", .string(plan.title)),
                            ("status", .string(plan.draft.status.rawValue)),
                        ])
                    ),
                    ("role", .string(row.role.rawValue)), ("reportDue", .bool(row.reportDue)),
                ])
        }
        let notices = workspace.notices.map { notice -> JSONValue in
            .object([
                ("id", .int(Int(notice.id))), ("title", .string(notice.title)),
                ("kind", .string(notice.kind.rawValue)),
                ("deadline", notice.deadline.map { .string($0.description) } ?? .null),
                ("overdue", .bool(notice.isPastDeadline(on: asOf))),
            ])
        }
        let latest = workspace.latestExchanges.map { exchange -> JSONValue in
            .object([
                ("id", .int(Int(exchange.id))), ("title", .string(exchange.draft.title)),
                ("start", .string(exchange.draft.start.description)), ("end", .string(exchange.draft.end.description)),
                ("kind", .string(exchange.draft.kind.rawValue)),
            ])
        }
        let answers = rates.answers[unit.id].map { rate -> JSONValue in
            .object([
                ("addressed", .int(rate.addressed)), ("onTime", .int(rate.onTime)), ("percent", .int(rate.percent)),
            ])
        }
        let reports = rates.reports[unit.id].map { rate -> JSONValue in
            .object([
                ("required", .int(rate.required)), ("reported", .int(rate.reported)), ("percent", .int(rate.percent)),
            ])
        }
        value = .object([
            ("unit", .object([("id", .int(Int(unit.id))), ("name", .string(unit.nameZh))])),
            ("asOf", .string(asOf.description)),
            (
                "quarter",
                .object([
                    ("quarter", .string(quarter.description)), ("from", .string(quarter.firstDay.description)),
                    ("to", .string(quarter.lastDay.description)),
                ])
            ),
            ("tasks", .array(tasks)),
            ("reportsDue", .array(workspace.reportsDue.map { .int(Int($0.task.id)) })),
            ("notices", .array(notices)),
            (
                "exchanges",
                .object([
                    ("year", .int(workspace.exchangeYear)), ("count", .int(workspace.exchangeCount)),
                    ("latest", .array(latest)),
                ])
            ),
            (
                "rates",
                .object([
                    ("year", .int(rates.year)), ("answers", answers ?? .null), ("reports", reports ?? .null),
                ])
            ),
        ])
    }
}
