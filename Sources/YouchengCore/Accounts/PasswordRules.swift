/// What a password must be: at least 10 characters, and at most 72 bytes in UTF-8 (bcrypt reads no further, so
/// a longer one would be cut without telling; 72 bytes are 72 Latin letters or 24 Chinese characters).
public enum PasswordRules {
    /// The fewest characters a password may have.
    public static let minimumLength = 10
    /// The most UTF-8 bytes a password may have.
    public static let maximumBytes = 72

    /// Passes a password that follows the rules; throws the broken rule in both languages.
    public static func check(_ password: String) throws(FieldError) {
        if password.count < minimumLength {
            throw FieldError(
                code: "password_too_short", field: "password",
                message: Bilingual(
                    zh: "密码至少需要 \(minimumLength) 个字符", en: "the password must have at least \(minimumLength) characters"
                ))
        }
        if password.utf8.count > maximumBytes {
            throw FieldError(
                code: "password_too_long", field: "password",
                message: Bilingual(
                    zh: "密码过长：最多 \(maximumBytes) 字节（约 72 个英文字母或 24 个汉字）",
                    en:
                        "the password is too long: at most \(maximumBytes) bytes (72 Latin letters or 24 Chinese characters)"
                ))
        }
    }
}

/// Hashes and checks passwords (bcrypt in YouchengStore); injected so tests can use a cheap cost.
public protocol PasswordHasher: Sendable {
    /// A salted hash of `password`, to store.
    func hash(_ password: String) async -> String
    /// Whether `password` matches the stored `hash`.
    func verify(_ password: String, against hash: String) async -> Bool
}
