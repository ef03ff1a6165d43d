import Foundation
import YouchengCore

/// How the web front end is set up: where it listens and what a deployment shows.
public struct WebConfiguration: Sendable {
    /// The address to bind (`127.0.0.1` by default; `0.0.0.0` to serve the network).
    public var host: String
    /// The TCP port.
    public var port: Int
    /// Host names (the `Host` header, any port) the server answers besides the loopback names. Bound to a loopback
    /// address, only loopback names and these are answered; bound to another address with this list empty, any
    /// `Host` is answered. See `HostPolicy`.
    public var allowedHosts: [String]
    /// The deployment's Chinese name for friendship cities (友好交流城市 or 友好合作城市).
    public var friendshipLabel: String
    /// The largest request body accepted (an uploaded spreadsheet), in bytes.
    public var maxUploadBytes: Int
    /// How much an uploaded table may hold (rows, columns, cells, inflated bytes) before it is refused unread.
    public var tableLimits = TableLimits.standard
    /// The time zone that decides what "today" is for the summary's default date.
    public var timeZone: TimeZone
    /// The country outlines `/map` draws; nil for the bundled Natural Earth map (not approved for publication in
    /// China: a deployment that publishes the map gives an approved one, see README "Map").
    public var baseMap: WorldMap? = nil
    /// How many sign-in attempts (`POST /login`, successful or not) one client address may make in a minute; the
    /// next are answered 429. Counted in memory, by each server for itself.
    public var loginAttemptsPerMinute = 20
    /// The reverse proxies (IP addresses) in front of the server: a request from one of them is counted against the
    /// client its `X-Forwarded-For` names; any other request against its peer address, whatever it claims.
    public var trustedProxies: [String] = []

    /// Creates a configuration; every value has the default a single-machine deployment needs.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, allowedHosts: [String] = [],
        friendshipLabel: String = "友好交流城市", maxUploadBytes: Int = 50 * 1024 * 1024, timeZone: TimeZone = .current
    ) {
        self.host = host
        self.port = port
        self.allowedHosts = allowedHosts
        self.friendshipLabel = friendshipLabel
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
