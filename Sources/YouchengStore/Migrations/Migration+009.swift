extension Migration {
    /// An index that holds what a period's activity counts (kind, leader rank, unit, head count) beside the start
    /// day, so the database counts a year's exchanges from the index alone instead of visiting each row.
    static let m009ExchangeActivityIndex = Migration(
        version: 9, name: "exchange activity index",
        sqlite: [statement], postgres: [statement])

    /// Alike on both databases. On SQLite every index ends with the row's id; PostgreSQL is given it, so a join to
    /// the exchange's countries and domains needs nothing else.
    private static let statement =
        "CREATE INDEX exchanges_activity ON exchanges (start_day, kind, leader_rank, unit_id, people, id)"
}
