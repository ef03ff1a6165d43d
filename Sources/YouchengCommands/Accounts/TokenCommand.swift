import ArgumentParser
import Foundation

/// `youcheng token`: personal access tokens for the JSON API.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "API 访问令牌 / API access tokens",
        subcommands: [TokenCreateCommand.self, TokenRevokeCommand.self, TokenListCommand.self])
}

/// `youcheng token create --username U [--name NOTE]`: prints the token once.
struct TokenCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "新建令牌（只显示一次）/ create a token (shown once)")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "令牌所属用户 / the user the token acts as")
    var username: String

    @Option(help: "用途说明 / what it is for")
    var name: String?

    func run() async throws {
        let issued = try await withAccounts(db) { try await $0.createToken(username: username, name: name) }
        print(AccountCommands.issuedText(issued))
    }
}

/// `youcheng token revoke ID`.
struct TokenRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "撤销令牌 / revoke a token")

    @OptionGroup var db: DatabaseOptions

    @Argument(help: "令牌编号（ycp_ 后的 16 位）/ the token's id (the 16 digits after ycp_)")
    var id: String

    func run() async throws {
        print(try await withAccounts(db) { try await $0.revokeToken(id: id) })
    }
}

/// `youcheng token list [--username U] [--json]`.
struct TokenListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出令牌 / list tokens")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "只列此用户的令牌 / only this user's tokens")
    var username: String?

    @Flag(help: "以 JSON 输出 / print JSON")
    var json = false

    func run() async throws {
        print(try await withAccounts(db) { try await $0.listTokens(username: username, json: json) })
    }
}
