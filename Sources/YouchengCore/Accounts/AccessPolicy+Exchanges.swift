extension AccessPolicy {
    /// Whether `principal` may create, change or delete an exchange organized by unit `unitId`: admins any, editors
    /// only their own unit's (never one without a unit), viewers none.
    public func mayWriteExchange(unitId: Int64?, as principal: Principal) -> Bool {
        switch principal.role {
        case .admin: true
        case .editor: unitId == principal.unitId
        case .viewer: false
        }
    }

    /// Whether `principal` may change an exchange of unit `unitId` so that it is organized by `newUnitId`: both must
    /// be theirs, so an editor cannot move an exchange to another unit.
    public func mayEditExchange(unitId: Int64?, newUnitId: Int64?, as principal: Principal) -> Bool {
        mayWriteExchange(unitId: unitId, as: principal) && mayWriteExchange(unitId: newUnitId, as: principal)
    }
}
