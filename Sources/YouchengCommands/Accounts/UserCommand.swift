import ArgumentParser
import Foundation

/// `youcheng user`: accounts.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "用户账户 / user accounts",
        subcommands: [
            UserCreateCommand.self, UserListCommand.self, UserPasswdCommand.self, UserUnlockCommand.self,
            UserRoleCommand.self,
        ])
}

/// `youcheng user create --username U [--password P] --role admin|editor|viewer [--unit NAME]`.
struct UserCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "新建用户；不给 --password 时从标准输入读取 / create a user; without --password it is read from standard input")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "用户名 / username")
    var username: String

    @Option(help: "密码，至少 10 个字符 / password, at least 10 characters")
    var password: String?

    @Option(help: "admin | editor | viewer")
    var role: String

    @Option(help: "所属单位（编号或名称）；管理员默认为外事办公室 / the user's unit (id or name); admins default to the FAO")
    var unit: String?

    func run() async throws {
        let secret = try PasswordInput.resolve(option: password, isTerminal: PasswordInput.standardInputIsTerminal)
        let created = try await withAccounts(db) { commands in
            try await commands.createUser(username: username, password: secret, role: role, unit: unit)
        }
        print(created.text)
    }
}

/// `youcheng user list [--json]`.
struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出用户 / list users")

    @OptionGroup var db: DatabaseOptions

    @Flag(help: "以 JSON 输出 / print JSON")
    var json = false

    func run() async throws {
        print(try await withAccounts(db) { try await $0.listUsers(json: json) })
    }
}

/// `youcheng user passwd --username U [--password P]`.
struct UserPasswdCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "修改密码；不给 --password 时从标准输入读取 / change a password; without --password it is read from standard input")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "用户名 / username")
    var username: String

    @Option(help: "新密码，至少 10 个字符 / new password, at least 10 characters")
    var password: String?

    func run() async throws {
        let secret = try PasswordInput.resolve(option: password, isTerminal: PasswordInput.standardInputIsTerminal)
        print(try await withAccounts(db) { try await $0.changePassword(username: username, password: secret) })
    }
}

/// `youcheng user unlock --username U`.
struct UserUnlockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock", abstract: "解除登录锁定 / lift a sign-in lock")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "用户名 / username")
    var username: String

    func run() async throws {
        print(try await withAccounts(db) { try await $0.unlock(username: username) })
    }
}

/// `youcheng user role --username U --role admin|editor|viewer`.
struct UserRoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "role", abstract: "变更角色 / change a user's role")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "用户名 / username")
    var username: String

    @Option(help: "admin | editor | viewer")
    var role: String

    func run() async throws {
        print(try await withAccounts(db) { try await $0.changeRole(username: username, role: role) })
    }
}
