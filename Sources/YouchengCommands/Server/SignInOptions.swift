import ArgumentParser
import Foundation
import YouchengCore

/// The sign-in limits of a deployment: session idle timeout and lifetime, the lockout rule, the sign-in attempts
/// one address may make in a minute, how many password hashes run at once, and the proxies whose `X-Forwarded-For`
/// is believed. Precedence: the option, then its `YOUCHENG_*` variable, then the default (30 minutes, 12 hours; 5
/// failures in 15 minutes lock for 15 minutes; 20 attempts a minute; as many hashes as processors; no proxy).
public struct SignInOptions: ParsableArguments {
    @Option(name: .customLong("session-idle-minutes"), help: "会话空闲超时（分钟，默认 30）/ session idle timeout, minutes")
    var sessionIdleMinutes: Int?

    @Option(name: .customLong("session-lifetime-hours"), help: "会话最长时间（小时，默认 12）/ session lifetime, hours")
    var sessionLifetimeHours: Int?

    @Option(name: .customLong("lockout-failures"), help: "锁定前允许的失败次数（默认 5）/ failed sign-ins that lock")
    var lockoutFailures: Int?

    @Option(name: .customLong("lockout-window-minutes"), help: "失败计数时段（分钟，默认 15）/ window, minutes")
    var lockoutWindowMinutes: Int?

    @Option(name: .customLong("lockout-minutes"), help: "锁定时长（分钟，默认 15）/ lock duration, minutes")
    var lockoutMinutes: Int?

    @Option(
        name: .customLong("login-attempts-per-minute"),
        help: "每个地址每分钟的登录提交次数上限（默认 20）/ sign-in attempts per address per minute")
    var loginAttemptsPerMinute: Int?

    @Option(
        name: .customLong("max-concurrent-hashes"),
        help: "同时计算的密码哈希数（默认为处理器数）/ password hashes run at once (default: processors)")
    var maxConcurrentHashes: Int?

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "可信反向代理的 IP 地址，采用其 X-Forwarded-For（可重复；或 $YOUCHENG_TRUSTED_PROXIES，逗号分隔）/ "
                + "a reverse proxy's IP address whose X-Forwarded-For is believed (repeatable)"))
    var trustedProxies: [String] = []

    /// Creates empty options.
    public init() {}

    /// The policies after applying the precedence rule.
    public func resolved(environment: [String: String] = CommandEnvironment.variables) throws -> SignInLimits {
        try SignInLimits(
            given: [
                .sessionIdleMinutes: sessionIdleMinutes, .sessionLifetimeHours: sessionLifetimeHours,
                .lockoutFailures: lockoutFailures, .lockoutWindowMinutes: lockoutWindowMinutes,
                .lockoutMinutes: lockoutMinutes, .loginAttemptsPerMinute: loginAttemptsPerMinute,
                .maxConcurrentHashes: maxConcurrentHashes,
            ], trustedProxies: try SignInLimits.trustedProxies(given: trustedProxies, environment: environment),
            environment: environment)
    }
}

/// The session and lockout policies a deployment runs with.
public struct SignInLimits: Sendable, Hashable {
    /// One setting: its option, its variable and its default.
    enum Setting: String, CaseIterable {
        case sessionIdleMinutes = "session-idle-minutes"
        case sessionLifetimeHours = "session-lifetime-hours"
        case lockoutFailures = "lockout-failures"
        case lockoutWindowMinutes = "lockout-window-minutes"
        case lockoutMinutes = "lockout-minutes"
        case loginAttemptsPerMinute = "login-attempts-per-minute"
        case maxConcurrentHashes = "max-concurrent-hashes"

        var variable: String { "YOUCHENG_" + rawValue.uppercased().replacingOccurrences(of: "-", with: "_") }

        var defaultValue: Int {
            switch self {
            case .sessionIdleMinutes: 30
            case .sessionLifetimeHours: 12
            case .lockoutFailures: 5
            case .lockoutWindowMinutes, .lockoutMinutes: 15
            case .loginAttemptsPerMinute: 20
            case .maxConcurrentHashes: max(1, ProcessInfo.processInfo.activeProcessorCount)
            }
        }
    }

    /// How long sessions last.
    public var session: SessionPolicy
    /// When failed sign-ins lock a username.
    public var lockout: LockoutPolicy
    /// How many sign-in attempts (`POST /login`) one client address may make in a minute, on each server.
    public var loginAttemptsPerMinute: Int
    /// How many password hashes each server runs at once.
    public var maxConcurrentHashes: Int
    /// The reverse proxies (IP addresses) whose `X-Forwarded-For` names the client; none by default.
    public var trustedProxies: [String]

    /// The limits from the environment and defaults only (commands other than `serve`).
    public static func fromEnvironment(_ environment: [String: String] = CommandEnvironment.variables) throws
        -> SignInLimits
    {
        try SignInLimits(
            given: [:], trustedProxies: try trustedProxies(given: [], environment: environment),
            environment: environment)
    }

    init(given: [Setting: Int?], trustedProxies: [String], environment: [String: String]) throws {
        var values: [Setting: Int] = [:]
        for setting in Setting.allCases {
            values[setting] = try IntegerOption.resolve(
                given[setting] ?? nil, option: "--" + setting.rawValue, variable: setting.variable,
                range: 1...100_000, default: setting.defaultValue, environment: environment)
        }
        func value(_ setting: Setting) -> Int { values[setting] ?? setting.defaultValue }
        session = SessionPolicy(
            idleTimeout: Double(value(.sessionIdleMinutes) * 60),
            absoluteLifetime: Double(value(.sessionLifetimeHours) * 3600))
        lockout = LockoutPolicy(
            maxFailures: value(.lockoutFailures), window: Double(value(.lockoutWindowMinutes) * 60),
            lockDuration: Double(value(.lockoutMinutes) * 60))
        loginAttemptsPerMinute = value(.loginAttemptsPerMinute)
        maxConcurrentHashes = value(.maxConcurrentHashes)
        self.trustedProxies = trustedProxies
    }

}
