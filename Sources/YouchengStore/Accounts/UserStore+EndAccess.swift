import Foundation
import SQLKit
import YouchengCore

extension UserStore {
    /// Ends every way user `id` is signed in, in the caller's transaction: the sessions, the API tokens (revoked,
    /// each audited) and the calendar feed link (audited). A new password or a deactivation thus leaves nothing
    /// made before it working, even if the user is activated again.
    static func endAccess(of id: Int64, actor: AuditActor, time: Date, sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sessions WHERE user_id = \(bind: id)").run()
        try await TokenStore.revokeAll(userId: id, actor: actor, time: time, sql: sql)
        try await CalendarFeedStore.revoke(userId: id, actor: actor, time: time, sql: sql)
    }
}
