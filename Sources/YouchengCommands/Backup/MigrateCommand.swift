import ArgumentParser
import YouchengStore

/// `youcheng migrate`: applies pending migrations (the server does this on start too).
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "升级数据库结构 / apply pending database migrations")

    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        try await withDatabase(db) { database in
            print("数据库已是最新结构 / the database schema is up to date: \(database.url)")
        }
    }
}
