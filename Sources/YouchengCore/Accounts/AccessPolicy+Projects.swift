extension AccessPolicy {
    /// Whether `principal` may create, change or delete a cooperation project owned by unit `unitId`, or move it
    /// to `newUnitId` (both must be theirs): administrators any, editors only their own unit's, viewers none — as
    /// with exchanges.
    public func mayWriteProject(unitId: Int64, newUnitId: Int64? = nil, as principal: Principal) -> Bool {
        mayEditExchange(unitId: unitId, newUnitId: newUnitId ?? unitId, as: principal)
    }
}
