import Foundation

/// A personal access token for the JSON API (`Authorization: Bearer ycp_<id>_<secret>`). Only a bcrypt hash of
/// the secret is stored; the whole token is shown once, when it is created.
public struct APIToken: Sendable, Hashable, Codable {
    /// The public id (16 hex digits): what `token revoke` names and audit entries show.
    public var id: String
    /// Whose token it is; requests made with it run as this user.
    public var userId: Int64
    /// A note saying what it is for; may be empty.
    public var name: String
    /// When it was created.
    public var createdAt: Date
    /// When it was revoked; a revoked token is refused.
    public var revokedAt: Date?
    /// When it was last accepted.
    public var lastUsedAt: Date?

    /// Creates a token record.
    public init(
        id: String, userId: Int64, name: String, createdAt: Date, revokedAt: Date? = nil, lastUsedAt: Date? = nil
    ) {
        self.id = id
        self.userId = userId
        self.name = name
        self.createdAt = createdAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }

    /// The prefix every token starts with, so leaked tokens are easy to recognise.
    public static let prefix = "ycp_"

    /// The token's text from its id and secret.
    public static func plaintext(id: String, secret: String) -> String { "\(prefix)\(id)_\(secret)" }

    /// Splits `ycp_<id>_<secret>` into its id and secret; nil for anything else.
    public static func parse(_ text: String) -> (id: String, secret: String)? {
        let body = text.trimmingCharacters(in: .whitespaces)
        guard body.hasPrefix(prefix) else { return nil }
        let parts = body.dropFirst(prefix.count).split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, RandomToken.isHex(parts[0]), RandomToken.isHex(parts[1]) else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}

/// A newly created token: the record, and the text shown once.
public struct IssuedToken: Sendable, Hashable {
    /// The stored record.
    public var token: APIToken
    /// `ycp_<id>_<secret>`: shown once, never stored.
    public var plaintext: String

    /// Joins the two.
    public init(token: APIToken, plaintext: String) {
        self.token = token
        self.plaintext = plaintext
    }
}

/// A token that was accepted, with the account it acts as.
public struct TokenGrant: Sendable, Hashable {
    /// The token.
    public var token: APIToken
    /// Its user and unit.
    public var account: Account

    /// Joins the two.
    public init(token: APIToken, account: Account) {
        self.token = token
        self.account = account
    }
}

/// Random secrets: session ids, CSRF tokens, token ids and secrets.
public enum RandomToken {
    /// `bytes` bytes from the system's cryptographic random source, as lower-case hex.
    public static func hex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        var out = ""
        out.reserveCapacity(bytes * 2)
        for _ in 0..<bytes {
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            out += String(byte >> 4, radix: 16) + String(byte & 0x0f, radix: 16)
        }
        return out
    }

    /// Whether `text` is non-empty lower-case hex.
    public static func isHex<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
