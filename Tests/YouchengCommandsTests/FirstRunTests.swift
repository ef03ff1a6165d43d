import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore

@Suite struct FirstRunTests {
    @Test func anEmptyDatabaseSaysHowToCreateTheFirstAdmin() async throws {
        try await withCommands { commands, _ in
            let notice = try #require(try await commands.firstRunNotice(demo: false))

            #expect(notice.contains("youcheng user create --username admin --role admin"))
            #expect(try await commands.stores.users.count() == 0)
        }
    }

    @Test func demoCreatesADemoAdminWithARandomPasswordThatSignsIn() async throws {
        try await withCommands { commands, _ in
            let notice = try #require(try await commands.firstRunNotice(demo: true))
            let password = try #require(
                notice.split(separator: "\n").first { $0.contains("password:") }?.split(separator: " ").last)

            let user = try #require(try await commands.stores.users.user(username: "demo"))
            #expect(user.role == .admin)
            #expect(password.count == 24)
            let result = try await commands.stores.users.authenticate(username: "demo", password: String(password))
            guard case .signedIn = result else {
                Issue.record("the printed password does not sign in")
                return
            }
        }
    }

    @Test func withTheDemoPlansUnitTheDemoAlsoHasAnEditorOfIt() async throws {
        try await withCommands { commands, _ in
            let unit = try await commands.stores.units.create(
                UnitDraft(
                    nameZh: AccountCommands.demoEditorUnit, nameEn: "", kind: .other, homeCode: nil, contactPerson: ""),
                by: .system)
            let notice = try #require(try await commands.firstRunNotice(demo: true))
            let passwords = notice.split(separator: "\n").filter { $0.contains("password:") }.compactMap {
                $0.split(separator: " ").last.map(String.init)
            }

            let editor = try #require(try await commands.stores.users.user(username: "demo-editor"))
            #expect(editor.role == .editor && editor.unitId == unit.id)
            #expect(passwords.count == 2 && passwords[0] != passwords[1])
            let result = try await commands.stores.users.authenticate(username: "demo-editor", password: passwords[1])
            guard case .signedIn = result else {
                Issue.record("the editor's printed password does not sign in")
                return
            }
        }
    }

    @Test func withoutTheDemoPlansUnitThereIsNoDemoEditor() async throws {
        try await withCommands { commands, _ in
            let notice = try #require(try await commands.firstRunNotice(demo: true))

            #expect(try await commands.stores.users.user(username: "demo-editor") == nil)
            #expect(!notice.contains("demo-editor"))
        }
    }

    @Test func nothingIsSaidOnceThereIsAUser() async throws {
        try await withCommands { commands, _ in
            _ = try await commands.createUser(
                username: "admin", password: "correct-horse-1", role: "admin", unit: nil)

            #expect(try await commands.firstRunNotice(demo: false) == nil)
            #expect(try await commands.firstRunNotice(demo: true) == nil)
            #expect(try await commands.stores.users.user(username: "demo") == nil)
        }
    }
}
