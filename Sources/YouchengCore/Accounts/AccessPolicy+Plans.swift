extension AccessPolicy {
    /// Whether `principal` may report progress on `task`: an editor or admin whose own unit leads or cooperates on it.
    /// Nobody reports for another unit, administrators included; viewers never report.
    public static func mayReport(on task: PlanTask, as principal: Principal) -> Bool {
        principal.role != .viewer && task.involves(unitId: principal.unitId)
    }

    /// Whether `principal` creates and changes plans and their tasks: administrators (the FAO) only.
    public static func mayManagePlans(_ principal: Principal) -> Bool { mayAdminister(principal) }
}
