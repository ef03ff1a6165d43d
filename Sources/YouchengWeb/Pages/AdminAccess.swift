import YouchengCore

extension WebDependencies {
    /// Throws `AccessDenied` unless the signed-in user may manage units and users (admins). Every units and users
    /// handler calls this first, for GET and POST alike: hiding the navigation links is not enforcement.
    func requireAccountManager(_ context: WebRequestContext) throws {
        guard policy.mayManageAccounts(try context.principal()) else { throw AccessDenied() }
    }

    /// Throws `AccessDenied` unless the signed-in user may read the whole audit log (admins).
    func requireAuditReader(_ context: WebRequestContext) throws {
        guard policy.mayReadAuditLog(try context.principal()) else { throw AccessDenied() }
    }

}
