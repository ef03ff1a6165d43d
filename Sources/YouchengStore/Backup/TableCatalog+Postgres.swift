import SQLKit
import YouchengCore

extension TableCatalog {
    /// A PostgreSQL table's columns, primary key, identity column and referenced tables, from the information schema
    /// of the connection's current schema.
    static func postgresShape(_ name: String, _ sql: any SQLDatabase) async throws -> TableShape {
        let rows = try await sql.raw(
            """
            SELECT column_name::text AS name, data_type::text AS type, is_identity::text AS identity
            FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = \(bind: name)
            ORDER BY ordinal_position
            """
        ).all()
        let columns = try rows.map { try $0.decode(column: "name", as: String.self) }
        let kinds = try rows.map { postgresKind(try $0.decode(column: "type", as: String.self)) }
        let identity = try rows.first { try $0.decode(column: "identity", as: String.self) == "YES" }
        let key = try await sql.raw(
            """
            SELECT k.column_name::text AS name FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema
              AND k.constraint_name = c.constraint_name AND k.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.table_name = \(bind: name) AND c.constraint_type = 'PRIMARY KEY'
            ORDER BY k.ordinal_position
            """
        ).all(decodingColumn: "name", as: String.self)
        let references = try await sql.raw(
            """
            SELECT DISTINCT u.table_name::text AS target FROM information_schema.table_constraints c
            JOIN information_schema.constraint_column_usage u ON u.constraint_schema = c.constraint_schema
              AND u.constraint_name = c.constraint_name
            WHERE c.table_schema = current_schema() AND c.table_name = \(bind: name) AND c.constraint_type = 'FOREIGN KEY'
            """
        ).all(decodingColumn: "target", as: String.self)
        return TableShape(
            name: name, columns: columns, kinds: kinds, key: key.isEmpty ? columns : key,
            references: references.sorted(), identity: try identity?.decode(column: "name", as: String.self))
    }
}
