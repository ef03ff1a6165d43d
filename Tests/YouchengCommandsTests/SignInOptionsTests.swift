import Foundation
import Testing
import YouchengCore

@testable import YouchengCommands

/// The sign-in limits: option, then `YOUCHENG_*` variable, then default; bad values named.
@Suite struct SignInOptionsTests {
    @Test func defaultsAreThirtyMinutesTwelveHoursAndFiveInFifteenForFifteen() throws {
        let limits = try SignInLimits.fromEnvironment([:])

        #expect(limits.session == SessionPolicy(idleTimeout: 1800, absoluteLifetime: 43_200))
        #expect(limits.lockout == LockoutPolicy(maxFailures: 5, window: 900, lockDuration: 900))
    }

    @Test func optionsWinOverVariablesWhichWinOverDefaults() throws {
        let options = try SignInOptions.parse(["--session-idle-minutes", "10", "--lockout-failures", "3"])
        let environment = [
            "YOUCHENG_SESSION_IDLE_MINUTES": "20", "YOUCHENG_SESSION_LIFETIME_HOURS": "8",
            "YOUCHENG_LOCKOUT_MINUTES": "60",
        ]

        let limits = try options.resolved(environment: environment)

        #expect(limits.session.idleTimeout == 600)  // option
        #expect(limits.session.absoluteLifetime == 8 * 3600)  // variable
        #expect(limits.lockout.maxFailures == 3)  // option
        #expect(limits.lockout.lockDuration == 3600)  // variable
        #expect(limits.lockout.window == 900)  // default
    }

    @Test func aBadVariableOrOptionIsRefusedByName() throws {
        #expect {
            try SignInLimits.fromEnvironment(["YOUCHENG_LOCKOUT_FAILURES": "five"])
        } throws: { error in
            "\(error)".contains("YOUCHENG_LOCKOUT_FAILURES") && "\(error)".contains("five")
        }
        #expect {
            try SignInOptions.parse(["--session-lifetime-hours", "0"]).resolved(environment: [:])
        } throws: { error in
            "\(error)".contains("--session-lifetime-hours")
        }
    }
}
