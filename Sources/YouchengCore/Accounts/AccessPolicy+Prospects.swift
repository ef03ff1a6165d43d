extension AccessPolicy {
    /// Whether `principal` may change a prospect sponsored by unit `unitId` so that unit `newUnitId` sponsors it
    /// (the same unit for a stage change): the exchanges' rule, both ways — administrators any, editors only their
    /// own unit's, viewers none.
    public func mayWriteProspect(unitId: Int64, newUnitId: Int64, as principal: Principal) -> Bool {
        mayEditExchange(unitId: unitId, newUnitId: newUnitId, as: principal)
    }
}
