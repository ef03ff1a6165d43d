extension Migration {
    /// A counter the database raises on every change to partners or partnerships, by triggers, so any write (a form,
    /// an import, a restore, another server on the same PostgreSQL) tells each server's in-memory registry that it
    /// is out of date. SQLite has only row triggers; PostgreSQL raises it once per statement.
    static let m008RegistryCounter = Migration(
        version: 8, name: "registry change counter",
        sqlite: [
            "CREATE TABLE change_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "INSERT INTO change_counters (name, value) VALUES ('registry', 0)",
        ]
            + ["partners", "partnerships"].flatMap { table in
                ["INSERT", "UPDATE", "DELETE"].map { event in
                    """
                    CREATE TRIGGER \(table)_\(event.lowercased())_counted AFTER \(event) ON \(table)
                    BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'registry'; END
                    """
                }
            },
        postgres: [
            "CREATE TABLE change_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
            "INSERT INTO change_counters (name, value) VALUES ('registry', 0)",
            """
            CREATE FUNCTION registry_counted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'registry'; RETURN NULL; END $$
            """,
        ]
            + ["partners", "partnerships"].map { table in
                """
                CREATE TRIGGER \(table)_counted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(table)
                FOR EACH STATEMENT EXECUTE FUNCTION registry_counted()
                """
            })
}
