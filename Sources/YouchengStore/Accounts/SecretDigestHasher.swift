import YouchengCore

/// Hashes random secrets (API tokens, calendar feed links) with SHA-256 instead of bcrypt. A secret of 256 random
/// bits cannot be guessed however fast the hash, so a slow hash only slows every API request (bcrypt at its smallest
/// cost took a millisecond of processor per request). Hashes are stored as `sha256:` and 64 hexadecimal digits; a
/// hash stored before (bcrypt's `$2b$…`) is still checked by `legacy`.
public struct SecretDigestHasher: PasswordHasher {
    static let prefix = "sha256:"
    let legacy: any PasswordHasher

    /// Creates the hasher; `legacy` checks hashes stored in another form.
    public init(legacy: any PasswordHasher) {
        self.legacy = legacy
    }

    public func hash(_ password: String) async -> String {
        Self.prefix + SHA256.hex(password)
    }

    public func verify(_ password: String, against hash: String) async -> Bool {
        guard hash.hasPrefix(Self.prefix) else { return await legacy.verify(password, against: hash) }
        let stored = Array(hash.utf8.dropFirst(Self.prefix.utf8.count))
        let given = Array(SHA256.hex(password).utf8)
        guard stored.count == given.count else { return false }
        // Every byte compared, so the time taken does not tell how much of a guess was right.
        return zip(stored, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
