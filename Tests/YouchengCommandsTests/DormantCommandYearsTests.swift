import Testing
import YouchengCore

@testable import YouchengCommands

/// `youcheng dormant --years` takes the same 1 to 100 as the page and the setting, refused before any database.
@Suite struct DormantCommandYearsTests {
    @Test(arguments: ["0", "101"])
    func yearsOutsideOneToAHundredAreRefused(years: String) async throws {
        let command = try DormantCommand.parse(["--years", years])

        await #expect(throws: CommandFailure.self) { try await command.run() }
    }
}
