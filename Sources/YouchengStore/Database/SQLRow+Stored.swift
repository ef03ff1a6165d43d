import SQLKit

extension SQLRow {
    /// The text of `column` read by `parse`. Text it cannot read is a ``StoredValueError`` naming `table`, the row
    /// (by `idColumn`, when the query selected it; nil where the key is a secret such as a session id) and `name` (the
    /// table's column, when the query renamed it), never a default in its place.
    func decodeStored<T>(
        _ column: String, table: String, name: String? = nil, idColumn: String? = "id", _ parse: (String) -> T?
    ) throws -> T {
        try parsed(
            try decode(column: column, as: String.self), column, table: table, name: name, idColumn: idColumn, parse)
    }

    /// ``decodeStored(_:table:name:idColumn:_:)`` for a column that may be NULL (nil then).
    func decodeStoredIfPresent<T>(
        _ column: String, table: String, name: String? = nil, idColumn: String? = "id", _ parse: (String) -> T?
    ) throws -> T? {
        guard let text = try decode(column: column, as: String?.self) else { return nil }
        return try parsed(text, column, table: table, name: name, idColumn: idColumn, parse)
    }

    private func parsed<T>(
        _ text: String, _ column: String, table: String, name: String?, idColumn: String?, _ parse: (String) -> T?
    ) throws -> T {
        guard let value = parse(text) else {
            throw StoredValueError(table: table, row: storedRowId(idColumn), column: name ?? column, value: text)
        }
        return value
    }

    /// The row's key as text, or nil when the query did not select `idColumn`.
    private func storedRowId(_ idColumn: String?) -> String? {
        guard let idColumn, contains(column: idColumn) else { return nil }
        if let id = try? decode(column: idColumn, as: Int64.self) { return String(id) }
        return try? decode(column: idColumn, as: String.self)
    }
}
