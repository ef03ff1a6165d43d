import ArgumentParser
import Foundation

/// `youcheng unit`: member units (成员单位).
struct UnitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit", abstract: "成员单位 / member units",
        subcommands: [UnitCreateCommand.self, UnitListCommand.self, UnitDeactivateCommand.self])
}

/// `youcheng unit create --name-zh … [--name-en …] [--kind …] [--home CODE_OR_NAME] [--contact …]`.
struct UnitCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "新建单位 / create a unit")

    @OptionGroup var db: DatabaseOptions

    @Option(name: .customLong("name-zh"), help: "中文名称 / Chinese name")
    var nameZh: String

    @Option(name: .customLong("name-en"), help: "英文名称 / English name")
    var nameEn: String?

    @Option(help: "fao | bureau | district | developmentZone | university | other（默认 other）")
    var kind: String?

    @Option(help: "对应的本地主体（代码或名称），其编辑可修改该地及下属的友城 / home locality (code or name)")
    var home: String?

    @Option(help: "联系人 / contact person")
    var contact: String?

    func run() async throws {
        let unit = try await withAccounts(db) { commands in
            try await commands.createUnit(nameZh: nameZh, nameEn: nameEn, kind: kind, home: home, contact: contact)
        }
        print("已创建单位 \(unit.nameZh)（编号 \(unit.id)）/ created the unit \(unit.name.en) (id \(unit.id))")
    }
}

/// `youcheng unit list [--json]`.
struct UnitListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出单位 / list units")

    @OptionGroup var db: DatabaseOptions

    @Flag(help: "以 JSON 输出 / print JSON")
    var json = false

    func run() async throws {
        print(try await withAccounts(db) { try await $0.listUnits(json: json) })
    }
}

/// `youcheng unit deactivate NAME`.
struct UnitDeactivateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deactivate", abstract: "停用单位（保留其用户与记录）/ deactivate a unit (its users and records stay)")

    @OptionGroup var db: DatabaseOptions

    @Argument(help: "单位编号、中文或英文名称 / the unit's id, Chinese or English name")
    var unit: String

    func run() async throws {
        let done = try await withAccounts(db) { try await $0.deactivateUnit(unit) }
        print("已停用单位 \(done.nameZh) / deactivated the unit \(done.name.en)")
    }
}
