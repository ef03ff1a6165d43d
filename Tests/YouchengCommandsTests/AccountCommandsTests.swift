import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Runs `body` with the account commands on a fresh SQLite database, its clock at 2026-11-23 09:00 UTC and dates read
/// in Beijing time.
func withCommands<R: Sendable>(_ body: (AccountCommands, TestClock) async throws -> R) async throws -> R {
    try await TestBackend.sqlite.withDatabase { database in
        let clock = TestClock("2026-11-23T09:00:00Z")
        let commands = AccountCommands(
            stores: .forTests(database, clock: clock), reference: .bundled,
            timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        return try await body(commands, clock)
    }
}

@Suite struct AccountCommandsTests {
    let password = "correct-horse-1"

    @Test func theFirstAdminWithoutAUnitGoesIntoANewForeignAffairsOffice() async throws {
        try await withCommands { commands, _ in
            let first = try await commands.createUser(username: "admin", password: password, role: "admin", unit: nil)
            let second = try await commands.createUser(username: "root2", password: password, role: "管理员", unit: nil)

            #expect(first.createdUnit && !second.createdUnit)
            #expect(first.unit.nameZh == "外事办公室" && first.unit.kind == .fao && second.unit.id == first.unit.id)
            #expect(
                first.text
                    == "已创建单位 外事办公室 / created the unit Foreign Affairs Office\n已创建用户 admin（管理员，外事办公室）/ created user admin (Administrator, Foreign Affairs Office)"
            )
        }
    }

    @Test func anEditorNeedsAnExistingUnit() async throws {
        try await withCommands { commands, _ in
            let missing = await #expect(throws: CommandFailure.self) {
                try await commands.createUser(username: "alice", password: password, role: "editor", unit: nil)
            }
            let unknown = await #expect(throws: CommandFailure.self) {
                try await commands.createUser(username: "alice", password: password, role: "editor", unit: "商务局")
            }
            _ = try await commands.createUnit(
                nameZh: "鼓楼区人民政府", nameEn: "Gulou District", kind: "区县", home: "南京市鼓楼区", contact: nil)
            let created = try await commands.createUser(
                username: "alice", password: password, role: "editor", unit: "gulou district")

            #expect(missing?.message.en == "editors and viewers need --unit, the unit they belong to")
            #expect(unknown?.message.zh == "单位「商务局」不存在；请先用 youcheng unit create --name-zh 商务局 创建")
            #expect(created.unit.homeCode == "320106" && created.unit.kind == .district)
        }
    }

    @Test func badInputIsRefusedBilinguallyBeforeAnythingIsStored() async throws {
        try await withCommands { commands, _ in
            let short = await #expect(throws: CommandFailure.self) {
                try await AccountCommands.reporting {
                    try await commands.createUser(username: "admin", password: "short", role: "admin", unit: nil)
                }
            }
            let role = await #expect(throws: FieldError.self) {
                try await commands.createUser(username: "admin", password: password, role: "root", unit: nil)
            }
            let kind = await #expect(throws: CommandFailure.self) {
                try await commands.createUnit(nameZh: "某部", nameEn: nil, kind: "ministry", home: nil, contact: nil)
            }
            let home = await #expect(throws: CommandFailure.self) {
                try await commands.createUnit(nameZh: "某区", nameEn: nil, kind: nil, home: "鼓楼区", contact: nil)
            }

            let units = try await commands.listUnits(json: false)

            #expect(short?.message.both == "密码至少需要 10 个字符 / the password must have at least 10 characters")
            #expect(role?.message.en == "role \"root\" is not valid: use admin, editor or viewer")
            #expect(kind?.message.en.hasPrefix("unit kind \"ministry\" is not valid") == true)
            #expect(home?.message.zh.contains("有多个匹配") == true)
            #expect(units == "还没有单位 / no units yet")
        }
    }

    @Test func theUserListShowsALockAndUnlockLiftsIt() async throws {
        try await withCommands { commands, _ in
            _ = try await commands.createUser(username: "admin", password: password, role: "admin", unit: nil)
            for _ in 1...5 {
                _ = try await commands.stores.users.authenticate(username: "admin", password: "wrong-one!")
            }

            let locked = try await commands.listUsers(json: false)
            let message = try await commands.unlock(username: "ADMIN")
            let json = try await commands.listUsers(json: true)

            #expect(locked == "admin\t管理员 / Administrator\t外事办公室\t锁定至 / locked until 2026-11-23 17:15:00")
            #expect(message == "已解除 admin 的锁定 / unlocked admin")
            #expect(json.contains("\"lockedUntil\": null"))
        }
    }

    @Test func aTokenIsPrintedOnceAndCanBeRevoked() async throws {
        try await withCommands { commands, _ in
            _ = try await commands.createUser(username: "admin", password: password, role: "admin", unit: nil)

            let issued = try await commands.createToken(username: "admin", name: "sync")
            let printed = AccountCommands.issuedText(issued)
            let listed = try await commands.listTokens(username: "admin", json: false)
            let revoked = try await commands.revokeToken(id: issued.token.id)

            #expect(printed.hasPrefix(issued.plaintext + "\n"))
            #expect(listed == "\(issued.token.id)\tadmin\tsync\t2026-11-23 17:00:00")
            #expect(!listed.contains(issued.plaintext))
            #expect(revoked == "已撤销令牌 \(issued.token.id) / revoked the token \(issued.token.id)")
            #expect(try await commands.stores.tokens.verify(issued.plaintext) == nil)
        }
    }

    @Test func passwdChangesThePasswordAndSaysSessionsEnded() async throws {
        try await withCommands { commands, _ in
            _ = try await commands.createUser(username: "admin", password: password, role: "admin", unit: nil)

            let message = try await commands.changePassword(username: "admin", password: "a-new-password")
            let result = try await commands.stores.users.authenticate(username: "admin", password: "a-new-password")

            #expect(message.hasPrefix("已修改 admin 的密码"))
            #expect(result != .refused(.badCredentials))
            await #expect(throws: CommandFailure.self) {
                try await AccountCommands.reporting {
                    try await commands.changePassword(username: "nobody", password: "a-new-password")
                }
            }
        }
    }

    @Test func passwordsComeFromTheOptionOrFromAPipeButNotFromATerminal() throws {
        #expect(try PasswordInput.resolve(option: "given-on-line", isTerminal: true) == "given-on-line")
        #expect(
            try PasswordInput.resolve(option: nil, isTerminal: false, readLine: { "piped-secret\r" }) == "piped-secret")
        #expect(throws: CommandFailure.self) { try PasswordInput.resolve(option: nil, isTerminal: true) }
        #expect(throws: CommandFailure.self) {
            try PasswordInput.resolve(option: nil, isTerminal: false, readLine: { nil })
        }
    }
}
