import Foundation
import SQLKit
import YouchengCore
import YouchengStore

/// A clock tests set and move by hand, shared with the stores through `function`.
// @unchecked: the one mutable field is read and written only while holding `lock`.
public final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// A clock standing at `start`.
    public init(_ start: Date) { current = start }

    /// A clock standing at an ISO 8601 time, e.g. `2026-11-23T09:00:00Z`.
    public convenience init(_ iso: String) {
        self.init((try? Date(iso, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0))
    }

    /// The time now.
    public var now: Date { lock.withLock { current } }

    /// Moves the clock on.
    public func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }

    /// Sets the clock.
    public func set(_ date: Date) { lock.withLock { current = date } }

    /// The clock as the stores take it.
    public var function: @Sendable () -> Date { { self.now } }
}

extension Services {
    /// The services of a test: bcrypt at its cheapest cost (or `hasher` for passwords), the clock given.
    public static func forTests(
        _ database: Database, clock: TestClock, hasher: any PasswordHasher = BcryptHasher(cost: 4)
    ) -> Services {
        Services(
            database: database, accounts: AccountPolicies(hasher: hasher, tokenHasher: TokenStore.defaultHasher),
            now: clock.function)
    }
}

extension AccountStores {
    /// The account stores of a test's services (``Services/forTests(_:clock:hasher:)``).
    public static func forTests(
        _ database: Database, clock: TestClock, hasher: any PasswordHasher = BcryptHasher(cost: 4)
    ) -> AccountStores {
        Services.forTests(database, clock: clock, hasher: hasher).accounts
    }
}

extension Database {
    /// Runs one statement as it is, for tests that check what the database itself allows.
    public func execute(_ statement: String) async throws {
        try await withConnection { sql in try await sql.raw(SQLQueryString(statement)).run() }
    }

    /// The first column of every row of a query, as text, for tests that look at what is stored.
    public func strings(_ query: String) async throws -> [String] {
        try await withConnection { sql in
            try await sql.raw(SQLQueryString(query)).all().map { row in
                try row.decode(column: row.allColumns[0], as: String.self)
            }
        }
    }
}
