/// What no one may do to their own account: deactivate it, or take away its administrator role. An administrator
/// who did either could lock everyone out (the store keeps the last active admin too, but an admin demoting
/// themselves while others remain is almost always a slip of the form, so it is refused with its own message).
public enum OwnAccountRule {
    /// Throws `AccountError.ownDeactivation` or `.ownAdminRole` when `actor` is `target` and the change would
    /// deactivate them or remove their admin role; passes any change to someone else.
    public static func check(_ target: User, role: Role, active: Bool, by actor: AuditActor) throws(AccountError) {
        guard Username.normalized(actor.username) == target.username else { return }
        if target.active && !active { throw .ownDeactivation }
        if target.role == .admin && role != .admin { throw .ownAdminRole }
    }
}
