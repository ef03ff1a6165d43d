extension Migration {
    /// Uploaded import files between their dry run and the confirmation, kept in the database so that any server
    /// behind a load balancer can confirm what another previewed. The id is 128 random bits, and only the user who
    /// uploaded may take the row; expired rows are deleted.
    static let m006PendingImports = Migration(
        version: 6, name: "pending imports",
        sqlite: [
            """
            CREATE TABLE pending_imports (id TEXT PRIMARY KEY,
              user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, data BLOB NOT NULL,
              size INTEGER NOT NULL, filename TEXT, home TEXT NOT NULL, created_at TEXT NOT NULL,
              expires_at TEXT NOT NULL)
            """,
            "CREATE INDEX pending_imports_expires ON pending_imports (expires_at)",
        ],
        postgres: [
            """
            CREATE TABLE pending_imports (id TEXT PRIMARY KEY,
              user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE, data BYTEA NOT NULL,
              size BIGINT NOT NULL, filename TEXT, home TEXT NOT NULL, created_at TEXT NOT NULL,
              expires_at TEXT NOT NULL)
            """,
            "CREATE INDEX pending_imports_expires ON pending_imports (expires_at)",
        ])
}
