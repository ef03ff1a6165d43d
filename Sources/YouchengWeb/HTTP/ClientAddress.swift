import Hummingbird

/// The address a request is counted against: its peer, unless the peer is a trusted proxy, when it is the
/// `X-Forwarded-For` entry the proxies received it from.
enum ClientAddress {
    /// The header reverse proxies append the client address to (nginx: `$proxy_add_x_forwarded_for`).
    static let forwardedFor = HTTPFields.Element.Name("X-Forwarded-For")!

    /// The client address of a request that came from `peer`. Behind trusted proxies each appends the address it
    /// was reached from, so the entries are read from the right, past the trusted proxies, and the first other one
    /// is the client; entries further left are written by the client itself and may be anything. A request not
    /// from a trusted proxy is its peer, whatever it sends; one of unknown peer is `unknown`.
    static func of(_ request: Request, peer: String?, trustedProxies: Set<String>) -> String {
        guard let peer else { return "unknown" }
        guard trustedProxies.contains(peer) else { return peer }
        let entries = request.headers[values: forwardedFor].flatMap { $0.split(separator: ",") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        for entry in entries.reversed() where !trustedProxies.contains(entry) {
            return entry.isEmpty ? peer : entry
        }
        return entries.first ?? peer
    }
}
