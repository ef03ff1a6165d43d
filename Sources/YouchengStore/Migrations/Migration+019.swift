extension Migration {
    /// SQLite: an exchange's partners, countries and domains are kept in their primary key's order alone (`WITHOUT
    /// ROWID`). Each of these tables was a rowid table beside an index of its primary key, so every list row was
    /// written twice plus once in its reverse index; 300,000 imported exchanges write 2 million list rows (about a
    /// tenth of SQLite's time storing them was the second copy). Reads are unchanged: they go by `exchange_id`
    /// (the primary key) or by the reverse indexes, which are made again. PostgreSQL keeps its tables as they are.
    static let m019ExchangeListsWithoutRowid = Migration(
        version: 19, name: "exchange lists without rowid (SQLite)",
        sqlite: [
            rebuilt(
                "exchange_countries", columns: "exchange_id, country",
                definition: """
                    exchange_id INTEGER NOT NULL REFERENCES exchanges(id) ON DELETE CASCADE, country TEXT NOT NULL,
                      PRIMARY KEY (exchange_id, country)
                    """, index: "exchange_countries_country ON exchange_countries (country, exchange_id)"),
            rebuilt(
                "exchange_partners", columns: "exchange_id, partner_id",
                definition: """
                    exchange_id INTEGER NOT NULL REFERENCES exchanges(id) ON DELETE CASCADE,
                      partner_id INTEGER NOT NULL REFERENCES partners(id), PRIMARY KEY (exchange_id, partner_id)
                    """, index: "exchange_partners_partner ON exchange_partners (partner_id, exchange_id)"),
            rebuilt(
                "exchange_domain_links", columns: "exchange_id, domain_code",
                definition: """
                    exchange_id INTEGER NOT NULL REFERENCES exchanges(id) ON DELETE CASCADE,
                      domain_code TEXT NOT NULL REFERENCES exchange_domains(code), PRIMARY KEY (exchange_id, domain_code)
                    """, index: "exchange_domain_links_domain ON exchange_domain_links (domain_code, exchange_id)"),
        ].flatMap { $0 },
        postgres: [])

    /// The statements that make `table` again as `definition` without rowid, with its rows and its index. Nothing
    /// refers to these tables, so dropping the old one checks no foreign key.
    private static func rebuilt(_ table: String, columns: String, definition: String, index: String) -> [String] {
        [
            "CREATE TABLE \(table)_new (\(definition)) WITHOUT ROWID",
            "INSERT INTO \(table)_new (\(columns)) SELECT \(columns) FROM \(table)",
            "DROP TABLE \(table)",
            "ALTER TABLE \(table)_new RENAME TO \(table)",
            "CREATE INDEX \(index)",
        ]
    }
}
