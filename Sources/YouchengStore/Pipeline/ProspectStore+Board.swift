import Foundation
import SQLKit
import YouchengCore

extension ProspectStore {
    /// The board of the homes `homeCodes` for `year`: the count at each stage and at most `cap` cards a stage, the
    /// latest stage day first (then the latest entered). Signed and dropped prospects count only when their stage
    /// began in `year`. Two queries, whatever the number of prospects.
    public func board(homeCodes: [String], year: Int, cap: Int = ProspectBoard.defaultCap) async throws
        -> ProspectBoard
    {
        guard !homeCodes.isEmpty else { return ProspectBoard(counts: [:], cards: [], cap: cap) }
        let final = ProspectStage.allCases.filter(\.isFinal).map(\.rawValue)
        let homes: SQLQueryString = "home_code IN (\(binds: homeCodes))"
        let open: SQLQueryString = "stage NOT IN (\(binds: final))"
        let shown: SQLQueryString = homes + " AND (" + open + " OR (" + Self.stageYear(year) + "))"
        let capped: SQLQueryString = "board_rank <= \(bind: cap)"
        let ranked: SQLQueryString =
            "SELECT id, ROW_NUMBER() OVER (PARTITION BY stage ORDER BY stage_date DESC, id DESC) AS board_rank"
            + " FROM prospects WHERE " + shown
        let order: SQLQueryString = Self.stageOrder + ", stage_date DESC, id DESC"
        return try await database.read { sql in
            var counts: [ProspectStage: Int] = [:]
            let grouped = try await sql.raw(
                "SELECT stage, COUNT(*) AS c FROM prospects WHERE " + shown + " GROUP BY stage"
            )
            .all()
            for row in grouped {
                let stage = try row.decodeStored("stage", table: "prospects", idColumn: nil) {
                    ProspectStage(rawValue: $0)
                }
                counts[stage] = try row.decode(column: "c", as: Int.self)
            }
            let cards = try await sql.raw(
                Self.columns + " WHERE id IN (SELECT id FROM (" + ranked + ") ranked WHERE " + capped + ") ORDER BY "
                    + order
            ).all().map { try Self.prospect($0) }
            return ProspectBoard(counts: counts, cards: cards, cap: cap)
        }
    }
}
