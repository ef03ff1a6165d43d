extension Migration {
    /// Each day on which a partner had an exchange start, keyed by partner then day, so the dormant list as of a
    /// past day finds each partner's latest exchange on or before it by one index seek per partner instead of
    /// grouping every exchange. Kept by the same transactions that keep `partner_last_exchanges`; filled here.
    static let m010PartnerExchangeDays = Migration(
        version: 10, name: "exchange days per partner",
        sqlite: [
            """
            CREATE TABLE partner_exchange_days (partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
              day TEXT NOT NULL, PRIMARY KEY (partner_id, day)) WITHOUT ROWID
            """,
            backfill,
        ],
        postgres: [
            """
            CREATE TABLE partner_exchange_days (partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
              day TEXT NOT NULL, PRIMARY KEY (partner_id, day))
            """,
            backfill,
        ])

    /// The backfill, alike on both databases; written out rather than shared with the store's refresh, since a
    /// migration never changes.
    private static let backfill = """
        INSERT INTO partner_exchange_days (partner_id, day)
        SELECT DISTINCT ep.partner_id, e.start_day FROM exchange_partners ep JOIN exchanges e ON e.id = ep.exchange_id
        """
}
