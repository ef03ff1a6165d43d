import Foundation
import YouchengCore

/// Where the data lives: `sqlite:PATH` (the embedded default), `sqlite::memory:`, or
/// `postgres://user:password@host:port/db` (optionally `?schema=NAME`, used by tests to get a fresh schema).
public enum DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite file, or `:memory:`.
    case sqlite(path: String)
    /// A PostgreSQL server; `schema` when the tables live outside `public`.
    case postgres(url: String, schema: String?)

    /// The default: `sqlite:youcheng.sqlite` in the working directory.
    public static let defaultValue = DatabaseURL.sqlite(path: "youcheng.sqlite")

    /// Parses a `--database` value; the error names the value and the accepted forms.
    public init(parsing text: String) throws(FieldError) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.hasPrefix("sqlite:") {
            var path = String(value.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else { throw Self.invalid(value) }
            self = .sqlite(path: path)
        } else if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            guard var components = URLComponents(string: value), components.host?.isEmpty == false else {
                throw Self.invalid(value)
            }
            let schema = components.queryItems?.first { $0.name == "schema" }?.value
            if let schema, schema.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) == nil {
                throw Self.invalid(value)
            }
            components.queryItems = components.queryItems?.filter { $0.name != "schema" }
            if components.queryItems?.isEmpty == true { components.queryItems = nil }
            self = .postgres(url: components.string ?? value, schema: schema)
        } else {
            throw Self.invalid(value)
        }
    }

    private static func invalid(_ value: String) -> FieldError {
        FieldError(
            code: "invalid_database", field: "database",
            message: Bilingual(
                zh: "数据库地址「\(value)」无效：应为 sqlite:文件路径 或 postgres://用户:密码@主机:端口/库名",
                en: "database \"\(value)\" is not valid: use sqlite:PATH or postgres://user:password@host:port/db"))
    }

    /// The URL with any password hidden, for logs.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url, let schema):
            var components = URLComponents(string: url)
            if components?.password != nil { components?.password = "***" }
            return (components?.string ?? "postgres://…") + (schema.map { " (schema \($0))" } ?? "")
        }
    }
}
