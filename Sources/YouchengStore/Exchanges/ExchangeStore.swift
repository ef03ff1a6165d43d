import Foundation
import SQLKit
import YouchengCore

/// Exchanges kept in SQL, with their partners, countries, domains and delegation members.
public struct ExchangeStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The tables an exchange write locks against other writers.
    static let tables = ["exchanges", "exchange_partners", "exchange_countries", "exchange_domain_links"]

    /// One exchange.
    public func exchange(id: Int64) async throws -> Exchange? {
        try await database.withConnection { sql in try await Self.load(where: "e.id = \(bind: id)", sql: sql).first }
    }

    /// Every exchange starting from `from` to `to` (both included), in start order.
    public func exchanges(from: Day, to: Day) async throws -> [Exchange] {
        try await database.withConnection { sql in
            try await Self.load(
                where: "e.start_day >= \(bind: from.description) AND e.start_day <= \(bind: to.description)", sql: sql)
        }
    }

    /// Every exchange involving partner `id`, newest first.
    public func timeline(partnerId id: Int64) async throws -> [Exchange] {
        let all = try await database.withConnection { sql in
            try await Self.load(
                where: "e.id IN (SELECT exchange_id FROM exchange_partners WHERE partner_id = \(bind: id))", sql: sql)
        }
        return all.reversed()
    }

    /// The number of exchanges stored.
    public func count() async throws -> Int {
        try await database.withConnection { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM exchanges").first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    /// The domain list in its order, retired domains included.
    public func domains() async throws -> [ExchangeDomain] {
        try await database.read { sql in
            try await sql.raw(
                "SELECT code, name_zh, name_en, balance, active FROM exchange_domains ORDER BY position, code"
            ).all().map(Self.domain)
        }
    }
}
