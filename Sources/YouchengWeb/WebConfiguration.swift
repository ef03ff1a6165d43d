import Foundation
import YouchengCore

/// How the web front end is set up: where it listens and what a deployment shows.
public struct WebConfiguration: Sendable {
    /// The address to bind (`127.0.0.1` by default; `0.0.0.0` to serve the network).
    public var host: String
    /// The TCP port.
    public var port: Int
    /// The deployment's Chinese name for friendship cities (友好交流城市 or 友好合作城市).
    public var friendshipLabel: String
    /// Whether the registry holds demo data; every page then shows a "演示数据 / Demo data" banner.
    public var demo: Bool
    /// The largest request body accepted (an uploaded spreadsheet), in bytes.
    public var maxUploadBytes: Int
    /// The time zone that decides what "today" is for the summary's default date.
    public var timeZone: TimeZone

    /// Creates a configuration; every value has the default a single-machine deployment needs.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, friendshipLabel: String = "友好交流城市", demo: Bool = false,
        maxUploadBytes: Int = 50 * 1024 * 1024, timeZone: TimeZone = .current
    ) {
        self.host = host
        self.port = port
        self.friendshipLabel = friendshipLabel
        self.demo = demo
        self.maxUploadBytes = maxUploadBytes
        self.timeZone = timeZone
    }

    /// The calendar day of `date` in the configured time zone.
    func day(of date: Date) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        // The Gregorian calendar always yields the three parts; the fallback only guards the optional.
        return PartialDate(year: parts.year ?? 2000, month: parts.month, day: parts.day) ?? PartialDate(year: 2000)!
    }
}
