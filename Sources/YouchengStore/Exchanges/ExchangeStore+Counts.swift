import SQLKit
import YouchengCore

extension ExchangeStore {
    /// The number of exchanges each partner took part in, by partner id (partners with none absent): a partner's
    /// activity on the map.
    public func countsByPartner() async throws -> [Int64: Int] {
        try await database.read { sql in
            var out: [Int64: Int] = [:]
            for row in try await sql.raw(
                "SELECT partner_id, COUNT(*) AS n FROM exchange_partners GROUP BY partner_id"
            ).all() {
                out[try row.decode(column: "partner_id", as: Int64.self)] = try row.decode(column: "n", as: Int.self)
            }
            return out
        }
    }
}
