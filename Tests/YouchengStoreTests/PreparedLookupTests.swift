import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The session and token look-ups that every signed-in request makes, which PostgreSQL keeps prepared on each
/// connection: asked many times on every connection at once, they still answer with the rows as they are now.
@Suite struct PreparedLookupTests {
    @Test(arguments: TestBackend.available)
    func aSessionAndATokenLookedUpManyTimesOnEveryConnectionFollowTheirUser(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let (stores, alice) = (fixture.stores, fixture.alice)
            let token = try await stores.tokens.create(username: "alice", name: "script", by: .system).plaintext
            let session = try await stores.sessions.create(userId: alice.id)

            // Forty of each at once: more than a connection plans before it keeps a generic plan, on every one.
            func lookUps() async throws -> (roles: Set<Role?>, tokenRoles: Set<Role?>) {
                try await withThrowingTaskGroup(of: (Role?, Role?).self) { group in
                    for _ in 0..<40 {
                        group.addTask {
                            (
                                try await stores.sessions.find(id: session.id)?.account.user.role,
                                try await stores.tokens.verify(token)?.account.user.role
                            )
                        }
                    }
                    var found: (roles: Set<Role?>, tokenRoles: Set<Role?>) = ([], [])
                    for try await (role, tokenRole) in group {
                        found.roles.insert(role)
                        found.tokenRoles.insert(tokenRole)
                    }
                    return found
                }
            }
            let asEditor = try await lookUps()
            _ = try await stores.users.changeRole(username: "alice", to: .viewer, expectedVersion: nil, by: .system)
            let asViewer = try await lookUps()
            let missing = try await stores.sessions.find(id: String(repeating: "ab", count: 32))
            _ = try await stores.users.setActive(username: "alice", false, by: .system)
            let deactivated = try await lookUps()

            #expect(asEditor.roles == [.editor] && asEditor.tokenRoles == [.editor])
            #expect(asViewer.roles == [.viewer] && asViewer.tokenRoles == [.viewer])
            #expect(missing == nil)
            #expect(deactivated.roles == [nil] && deactivated.tokenRoles == [nil])
        }
    }
}
