import ArgumentParser
import Foundation

/// `youcheng audit [--json] [--entity TYPE:ID] [--actor U] [--action A] [--since DATE] [--until DATE]`.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "审计日志，最新在前 / the audit log, newest first")

    @OptionGroup var db: DatabaseOptions

    @Flag(help: "以 JSON 输出 / print JSON")
    var json = false

    @Option(help: "对象 类型:编号，如 unit:3、user:2、partnership:42 / entity TYPE:ID, e.g. unit:3")
    var entity: String?

    @Option(help: "操作者用户名（命令行为 system）/ actor's username (system for the command line)")
    var actor: String?

    @Option(help: "操作，如 create、update、signInFailed / action, e.g. create, update, signInFailed")
    var action: String?

    @Option(help: "自该日起（YYYY-MM-DD）/ from this date on")
    var since: String?

    @Option(help: "到该日之前（YYYY-MM-DD，不含）/ before this date")
    var until: String?

    @Option(help: "页码 / page")
    var page = 1

    @Option(help: "每页条数（最多 500）/ entries per page (at most 500)")
    var per = 50

    func run() async throws {
        print(
            try await withAccounts(db) { commands in
                try await commands.audit(
                    entity: entity, actor: actor, action: action, since: since, until: until, page: page, per: per,
                    json: json)
            })
    }
}
