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

    @Test func byDefaultAnAddressMakesTwentyAttemptsAMinuteAndNoProxyIsTrusted() throws {
        let limits = try SignInLimits.fromEnvironment([:])

        #expect(limits.loginAttemptsPerMinute == 20)
        #expect(limits.trustedProxies == [])
        #expect(limits.maxConcurrentHashes >= 1)
    }

    @Test func theAttemptRateHashBoundAndProxiesFollowTheSamePrecedence() throws {
        let options = try SignInOptions.parse([
            "--login-attempts-per-minute", "5", "--trusted-proxy", "10.0.0.1", "--trusted-proxy", "::1",
        ])
        let environment = [
            "YOUCHENG_LOGIN_ATTEMPTS_PER_MINUTE": "50", "YOUCHENG_MAX_CONCURRENT_HASHES": "3",
            "YOUCHENG_TRUSTED_PROXIES": "127.0.0.1",
        ]

        let fromOptions = try options.resolved(environment: environment)
        let fromEnvironment = try SignInLimits.fromEnvironment([
            "YOUCHENG_TRUSTED_PROXIES": " 127.0.0.1 , 192.168.0.2 ", "YOUCHENG_LOGIN_ATTEMPTS_PER_MINUTE": "50",
        ])

        #expect(fromOptions.loginAttemptsPerMinute == 5)  // option
        #expect(fromOptions.maxConcurrentHashes == 3)  // variable
        #expect(fromOptions.trustedProxies == ["10.0.0.1", "::1"])  // options, the variable ignored
        #expect(fromEnvironment.trustedProxies == ["127.0.0.1", "192.168.0.2"])
        #expect(fromEnvironment.loginAttemptsPerMinute == 50)
    }

    @Test func aTrustedProxyThatIsNotAnIPAddressIsRefusedByName() throws {
        #expect {
            try SignInLimits.fromEnvironment(["YOUCHENG_TRUSTED_PROXIES": "127.0.0.1,proxy.example.org"])
        } throws: { error in
            "\(error)".contains("proxy.example.org") && "\(error)".contains("可信代理")
        }
        #expect {
            try SignInOptions.parse(["--trusted-proxy", "10.0.0"]).resolved(environment: [:])
        } throws: { error in
            "\(error)".contains("10.0.0")
        }
        #expect {
            try SignInOptions.parse(["--login-attempts-per-minute", "0"]).resolved(environment: [:])
        } throws: { error in
            "\(error)".contains("--login-attempts-per-minute")
        }
    }
}
