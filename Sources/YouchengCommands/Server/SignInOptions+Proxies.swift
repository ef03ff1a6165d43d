import Foundation
import YouchengCore

extension SignInLimits {
    /// The trusted proxies after applying the precedence rule (the `--trusted-proxy` options `given`, then
    /// `YOUCHENG_TRUSTED_PROXIES`, comma-separated); a value that is not an IP address is refused by name.
    static func trustedProxies(given options: [String], environment: [String: String]) throws -> [String] {
        let given =
            options.isEmpty
            ? (environment["YOUCHENG_TRUSTED_PROXIES"] ?? "").split(separator: ",").map(String.init) : options
        let addresses = given.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for address in addresses where !Self.isIPAddress(address) {
            throw CommandFailure(
                Bilingual(
                    zh: "可信代理「\(address)」无效：请写代理的 IP 地址，如 127.0.0.1",
                    en: "trusted proxy \"\(address)\" is not valid: give the proxy's IP address, e.g. 127.0.0.1"))
        }
        return addresses
    }

    /// Whether `text` reads as an IPv4 or IPv6 address (digits, hex digits, dots and colons; a colon or three dots).
    static func isIPAddress(_ text: String) -> Bool {
        let allowed = text.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || $0 == "." || $0 == ":" }
        let isV4 =
            text.split(separator: ".", omittingEmptySubsequences: false).count == 4
            && text.split(separator: ".").allSatisfy { $0.count <= 3 && $0.allSatisfy(\.isNumber) }
        return allowed && (isV4 || text.contains(":"))
    }
}
