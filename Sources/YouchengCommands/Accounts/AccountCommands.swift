import Foundation
import YouchengCore
import YouchengStore

/// The logic of `youcheng unit`, `user`, `token` and `audit`: each function does one command's work and returns
/// what it prints, so tests call it without a process. Changes made here are audited as `system`.
public struct AccountCommands: Sendable {
    /// The stores the commands work on.
    public let stores: AccountStores
    /// Localities, for `--home`.
    public let reference: ReferenceData
    /// The time zone dates are read and shown in (the machine's, as an office reads its calendar).
    public let timeZone: TimeZone

    /// Creates the commands over `stores`.
    public init(stores: AccountStores, reference: ReferenceData, timeZone: TimeZone = .current) {
        self.stores = stores
        self.reference = reference
        self.timeZone = timeZone
    }

    /// Who the audit log names for changes made from the command line.
    static let actor = AuditActor.system

    /// Runs `body`, turning the domain's errors into a `CommandFailure` with their message in both languages.
    public static func reporting<R>(_ body: () async throws -> R) async throws -> R {
        do {
            return try await body()
        } catch let error as FieldError {
            throw CommandFailure(error.message)
        } catch let error as FieldErrors {
            throw CommandFailure(
                Bilingual(
                    zh: error.errors.map(\.message.zh).joined(separator: "；"),
                    en: error.errors.map(\.message.en).joined(separator: "; ")))
        } catch let error as AccountError {
            throw CommandFailure(error.message)
        }
    }

    /// `date` as the time zone's wall clock: `2026-11-23 18:05:00`.
    func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0,
            c.second ?? 0)
    }

    /// A `--since`/`--until` value: `YYYY-MM-DD` (the start of that day in the time zone) or an ISO 8601 time.
    func parseTime(_ text: String, option: String) throws -> Date {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        if let day = PartialDate(parsing: text), let d = day.day, let m = day.month {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            if let date = calendar.date(from: DateComponents(year: day.year, month: m, day: d)) { return date }
        }
        throw CommandFailure(
            Bilingual(
                zh: "--\(option)「\(text)」应为日期 YYYY-MM-DD", en: "--\(option) \"\(text)\" must be a date YYYY-MM-DD"))
    }
}

/// Runs `body` with the account commands over an open database, closing it afterwards.
func withAccounts<R>(_ options: DatabaseOptions, _ body: (AccountCommands) async throws -> R) async throws -> R {
    let limits = try SignInLimits.fromEnvironment()
    let policies = AccountPolicies(lockout: limits.lockout, session: limits.session)
    return try await withServices(options, accounts: policies) { services in
        let commands = AccountCommands(stores: services.accounts, reference: services.reference)
        return try await AccountCommands.reporting { try await body(commands) }
    }
}
