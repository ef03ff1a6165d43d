extension AccessPolicy {
    /// Whether `principal` may send notices to the units: admins only.
    public static func maySendNotice(_ principal: Principal) -> Bool { principal.role == .admin }

    /// Whether `principal` may answer a notice addressed to `unitIds`, for their own unit: an editor or admin whose
    /// unit is among them. A unit answers for itself alone: an admin whose unit is not addressed may not answer for
    /// another unit, and viewers never answer.
    public static func mayAnswerNotice(addressedTo unitIds: [Int64], as principal: Principal) -> Bool {
        mayWrite(principal) && unitIds.contains(principal.unitId)
    }
}
