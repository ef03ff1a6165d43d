import ArgumentParser
import Foundation

/// `--pool-size`: how many connections `serve` keeps to PostgreSQL, or readers beside SQLite's one writer. Option,
/// then `YOUCHENG_POOL_SIZE`, then 4.
struct PoolOptions: ParsableArguments {
    @Option(
        help:
            "数据库连接数（PostgreSQL），或 SQLite 写连接之外的读连接数（1 到 64，默认 4，或 $YOUCHENG_POOL_SIZE）/ connections to PostgreSQL, or SQLite's readers beside its writer (1 to 64; default 4, or $YOUCHENG_POOL_SIZE)"
    )
    var poolSize: Int?

    /// The pool size after the precedence rule, refused by name when out of range.
    func resolved(environment: [String: String] = CommandEnvironment.variables) throws -> Int {
        try IntegerOption.resolve(
            poolSize, option: "--pool-size", variable: "YOUCHENG_POOL_SIZE", range: 1...64, default: 4,
            environment: environment)
    }
}
