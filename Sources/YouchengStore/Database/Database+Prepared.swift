import Logging
import PostgresKit
import SQLKit

/// A read run many times a second (a request's session or token): its SQL, written once for both databases with
/// `$1`, `$2` … for its text values (SQLite takes them too). PostgreSQL plans it once per connection, as a prepared
/// statement, instead of parsing and planning it on every request (more than the statement itself costs there).
protocol PreparedRead: SendableMetatype {
    /// The statement's name on each connection.
    static var name: String { get }
    /// The SQL, alike on both databases.
    static var sql: String { get }
}

/// `Read`, run as PostgresNIO's prepared statement: prepared on a connection the first time it runs there.
private struct PostgresPrepared<Read: PreparedRead>: PostgresPreparedStatement {
    static var name: String { Read.name }
    static var sql: String { Read.sql }
    typealias Row = PostgresRow

    let values: [String]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

extension Database {
    /// The first row `Read` gives for `values` (bound to `$1`, `$2` …), read as `read` does.
    func first<Read: PreparedRead>(_ read: Read.Type, _ values: [String]) async throws -> (any SQLRow)? {
        try await readOnConnection { connection, sql in
            switch connection {
            case .postgres(let postgres):
                var first: (any SQLRow)?
                let rows = try await postgres.execute(PostgresPrepared<Read>(values: values), logger: logger)
                for try await row in rows where first == nil { first = row.sql() }
                return first
            case .sqlite:
                return try await sql.raw(Self.bound(Read.sql, values)).first()
            }
        }
    }

    /// `text` with each `$n` (n from 1 to 9) bound to `values[n - 1]`, as SQLKit binds values for SQLite.
    static func bound(_ text: String, _ values: [String]) -> SQLQueryString {
        var query: SQLQueryString = ""
        var pending = ""
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "$", let next = characters.next() else {
                pending.append(character)
                continue
            }
            guard let digit = next.wholeNumberValue, values.indices.contains(digit - 1) else {
                pending.append(character)
                pending.append(next)
                continue
            }
            query = query + "\(unsafeRaw: pending)\(bind: values[digit - 1])"
            pending = ""
        }
        return query + "\(unsafeRaw: pending)"
    }
}
