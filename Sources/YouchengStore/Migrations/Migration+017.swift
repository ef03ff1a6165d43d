extension Migration {
    /// Matching (推荐结好对象): each home's settings (population, version), its target shares per continent or
    /// country group, and the themes recorded for gazetteer cities (one row a city, its themes one a line). Homes and
    /// cities are reference data, not rows, so nothing here is deleted with a registry record.
    static let m017Matching = Migration(
        version: 17, name: "matching settings, target shares and city themes",
        sqlite: tables, postgres: tables)

    /// The tables, alike on both databases.
    private static let tables = [
        """
        CREATE TABLE home_match_settings (home_code TEXT PRIMARY KEY, population BIGINT,
          version INTEGER NOT NULL DEFAULT 1, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE home_target_shares (
          home_code TEXT NOT NULL REFERENCES home_match_settings(home_code) ON DELETE CASCADE,
          scope TEXT NOT NULL, code TEXT NOT NULL, percent INTEGER NOT NULL, PRIMARY KEY (home_code, scope, code))
        """,
        """
        CREATE TABLE city_themes (geoname_id BIGINT PRIMARY KEY, themes TEXT NOT NULL,
          version INTEGER NOT NULL DEFAULT 1, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL)
        """,
    ]
}
