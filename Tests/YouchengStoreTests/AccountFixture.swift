import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// A database with the FAO unit, an admin and an editor `alice` (password `correct-horse-1`).
struct AccountFixture {
    let stores: AccountStores
    let clock: TestClock
    let unit: MemberUnit
    let admin: User
    let alice: User

    static let password = "correct-horse-1"

    /// `hasher` hashes and checks passwords: bcrypt at its cheapest cost unless a test counts them.
    init(_ database: Database, hasher: any PasswordHasher = BcryptHasher(cost: 4)) async throws {
        clock = TestClock("2026-11-23T09:00:00Z")
        stores = AccountStores.forTests(database, clock: clock, hasher: hasher)
        unit = try await stores.units.create(MemberUnit.defaultDraft, by: .system)
        admin = try await stores.users.create(
            username: "admin", password: Self.password, unitId: unit.id, role: .admin, by: .system)
        alice = try await stores.users.create(
            username: "Alice", password: Self.password, unitId: unit.id, role: .editor, by: .system)
    }

    func signIn(_ password: String, as name: String = "alice") async throws -> SignInResult {
        try await stores.users.authenticate(username: name, password: password)
    }
}
