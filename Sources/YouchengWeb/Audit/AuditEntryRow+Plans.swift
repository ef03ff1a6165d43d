import YouchengCore

extension AuditEntryRow {
    /// A progress report has no page of its own: its entry links to the task it reports on (the `taskId` it
    /// recorded); nil for any other entry.
    static func reportTaskLink(_ entry: AuditEntry) -> String? {
        guard entry.entityType == .progressReport,
            let change = entry.changes.first(where: { $0.field == "taskId" }),
            let id = (change.after ?? change.before).flatMap({ Int64($0) }), id > 0
        else { return nil }
        return PlanRoute.task(id: id).link()
    }
}
