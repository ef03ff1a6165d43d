extension Migration {
    /// Each partner's last exchange (the latest start of any exchange it took part in), kept by the transactions that
    /// write exchanges so that the dormant list reads one row per partner instead of grouping every exchange; filled
    /// here from the exchanges already stored.
    static let m007PartnerLastExchanges = Migration(
        version: 7, name: "last exchange per partner",
        sqlite: [
            """
            CREATE TABLE partner_last_exchanges (partner_id INTEGER PRIMARY KEY REFERENCES partners(id)
              ON DELETE CASCADE, last_day TEXT NOT NULL)
            """,
            backfill,
        ],
        postgres: [
            """
            CREATE TABLE partner_last_exchanges (partner_id BIGINT PRIMARY KEY REFERENCES partners(id)
              ON DELETE CASCADE, last_day TEXT NOT NULL)
            """,
            backfill,
        ])

    /// The backfill, alike on both databases. Written out rather than shared with the store's own refresh, since a
    /// migration never changes.
    private static let backfill = """
        INSERT INTO partner_last_exchanges (partner_id, last_day)
        SELECT ep.partner_id, MAX(e.start_day) FROM exchange_partners ep JOIN exchanges e ON e.id = ep.exchange_id
        GROUP BY ep.partner_id
        """
}
