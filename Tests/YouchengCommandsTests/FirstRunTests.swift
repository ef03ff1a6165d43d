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
