import ArgumentParser
import Foundation
import Logging
import YouchengCore
import YouchengStore

/// `--database URL`, shared by every command. Precedence: the option, then `YOUCHENG_DATABASE`, then
/// `sqlite:youcheng.sqlite`.
public struct DatabaseOptions: ParsableArguments {
    /// The value given on the command line, if any.
    @Option(
        name: .long,
        help:
            "sqlite:PATH (default sqlite:youcheng.sqlite, or $YOUCHENG_DATABASE) or postgres://user:password@host:port/db"
    )
    public var database: String?

    /// Creates empty options.
    public init() {}

    /// The database URL after applying the precedence rule to `environment`.
    public func resolved(environment: [String: String] = CommandEnvironment.variables) throws -> DatabaseURL {
        let text = database ?? environment["YOUCHENG_DATABASE"].flatMap { $0.isEmpty ? nil : $0 }
        guard let text else { return .defaultValue }
        do {
            return try DatabaseURL(parsing: text)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Opens (and migrates) the database with `poolSize` connections (PostgreSQL) or readers (SQLite).
    public func open(logger: Logger, poolSize: Int = 4) async throws -> Database {
        let url = try resolved()
        do {
            return try await Database.open(url, logger: logger, poolSize: poolSize)
        } catch let error as CommandFailure {
            throw error
        } catch {
            // PostgresNIO's errors hide their details from `description`; the reflection names the cause.
            let detail = String(reflecting: error)
            throw CommandFailure(
                Bilingual(zh: "无法打开数据库 \(url)：\(detail)", en: "cannot open the database \(url): \(detail)"))
        }
    }
}

/// The one place commands read the environment (`YOUCHENG_DATABASE`, `YOUCHENG_FRIENDSHIP_LABEL`,
/// `YOUCHENG_ALLOWED_HOSTS`, `YOUCHENG_BASE_MAP`, `YOUCHENG_LOG_LEVEL`, `YOUCHENG_POOL_SIZE`, the sign-in limits of
/// `SignInOptions`); options given on the command line take precedence over it.
public enum CommandEnvironment {
    /// The process's environment variables.
    public static var variables: [String: String] { ProcessInfo.processInfo.environment }
}

/// A failure to report to the user in both languages, with a non-zero exit.
public struct CommandFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: Bilingual

    /// Wraps a message.
    public init(_ message: Bilingual) { self.message = message }

    /// `中文 / English`, as printed.
    public var description: String { message.both }
}

/// A logger for commands: warnings and worse unless `YOUCHENG_LOG_LEVEL` says otherwise.
func commandLogger(_ label: String = "youcheng") -> Logger {
    var logger = Logger(label: label)
    logger.logLevel =
        CommandEnvironment.variables["YOUCHENG_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
    return logger
}

/// Resolves a `--home` value to a locality, or fails with the candidates listed.
func resolveHome(_ text: String?, reference: ReferenceData) throws -> Locality? {
    guard let text, !text.isEmpty else { return nil }
    switch reference.localities.resolve(text) {
    case .success(let locality): return locality
    case .failure(let error): throw CommandFailure(error.message)
    }
}

/// Runs `body` with an open database and closes it afterwards, whatever happens.
func withDatabase<R>(_ options: DatabaseOptions, _ body: (Database) async throws -> R) async throws -> R {
    let database = try await options.open(logger: commandLogger())
    do {
        let result = try await body(database)
        await database.close()
        return result
    } catch {
        await database.close()
        throw error
    }
}

/// Runs `body` with the stores of an open database (``Services``, on the bundled reference data and the system
/// clock; `accounts` says how accounts sign in) and closes it afterwards, whatever happens.
func withServices<R>(
    _ options: DatabaseOptions, accounts: AccountPolicies = AccountPolicies(), _ body: (Services) async throws -> R
) async throws -> R {
    try await withDatabase(options) { database in try await body(Services(database: database, accounts: accounts)) }
}

/// `--friendship-label`: the deployment's Chinese name for friendship cities. Precedence: the option, then
/// `YOUCHENG_FRIENDSHIP_LABEL`, then 友好交流城市.
public struct LabelOptions: ParsableArguments {
    /// The value given on the command line, if any.
    @Option(name: .customLong("friendship-label"), help: "友好交流城市 或 友好合作城市 / the Chinese name for friendship cities")
    public var friendshipLabel: String?

    /// Creates empty options.
    public init() {}

    /// The label after applying the precedence rule.
    public func resolved(environment: [String: String] = CommandEnvironment.variables) throws -> String {
        let value = (friendshipLabel ?? environment["YOUCHENG_FRIENDSHIP_LABEL"] ?? "友好交流城市")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard PartnershipKind(parsing: value) == .friendshipCity else {
            throw CommandFailure(
                Bilingual(
                    zh: "友好交流城市的名称「\(value)」无效：应为 友好交流城市 或 友好合作城市",
                    en: "friendship label \"\(value)\" is not valid: use 友好交流城市 or 友好合作城市"))
        }
        return value
    }
}

/// `--allowed-host NAME` (repeatable): host names the web server answers besides the loopback names, for access
/// through a domain name or a proxy. Precedence: the options, then `YOUCHENG_ALLOWED_HOSTS` (comma-separated),
/// then none.
public struct HostOptions: ParsableArguments {
    /// The values given on the command line.
    @Option(
        name: .customLong("allowed-host"),
        help: "允许的主机名（可重复；或 $YOUCHENG_ALLOWED_HOSTS，逗号分隔）/ a host name to answer (repeatable)")
    public var allowedHosts: [String] = []

    /// Creates empty options.
    public init() {}

    /// The host names after applying the precedence rule; a value that is not a host name is refused.
    public func resolved(environment: [String: String] = CommandEnvironment.variables) throws -> [String] {
        let given =
            allowedHosts.isEmpty
            ? (environment["YOUCHENG_ALLOWED_HOSTS"] ?? "").split(separator: ",").map(String.init) : allowedHosts
        let names = given.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for name in names where name.contains("/") || name.contains("@") || name.contains(" ") {
            throw CommandFailure(
                Bilingual(
                    zh: "允许的主机名「\(name)」无效：只写主机名，如 youcheng.example.org",
                    en: "allowed host \"\(name)\" is not valid: give a host name only, e.g. youcheng.example.org"))
        }
        return names
    }
}
