import Foundation
import YouchengCore
import YouchengStore

extension AccountCommands {
    /// `token create`: a personal access token for the API; the text returned is the only time it is shown.
    public func createToken(username: String, name: String?) async throws -> IssuedToken {
        try await stores.tokens.create(username: username, name: name ?? "", by: Self.actor)
    }

    /// What `token create` prints: the token, once, and how to use it.
    public static func issuedText(_ issued: IssuedToken) -> String {
        """
        \(issued.plaintext)
        令牌只显示这一次，请妥善保存；撤销：youcheng token revoke \(issued.token.id)
        This token is shown only once; keep it safe. Revoke it with: youcheng token revoke \(issued.token.id)
        用法 / use: Authorization: Bearer \(issued.plaintext.prefix(12))…
        """
    }

    /// `token revoke`.
    public func revokeToken(id: String) async throws -> String {
        let token = try await stores.tokens.revoke(id: id, by: Self.actor)
        return "已撤销令牌 \(token.id) / revoked the token \(token.id)"
    }

    /// `token list`: tokens of one user (or everyone's), newest first; never their secrets.
    public func listTokens(username: String?, json: Bool) async throws -> String {
        var userId: Int64?
        if let username {
            guard let user = try await stores.users.user(username: username) else {
                throw AccountError.userNotFound(Username.normalized(username))
            }
            userId = user.id
        }
        let names = Dictionary(
            try await stores.users.list().map { ($0.id, $0.username) }, uniquingKeysWith: { a, _ in a })
        let tokens = try await stores.tokens.list(userId: userId)
        if json {
            return JSONValue.array(
                tokens.map { token in
                    .object([
                        ("id", .string(token.id)), ("username", .string(names[token.userId] ?? "")),
                        ("name", .string(token.name)), ("createdAt", .string(token.createdAt.formatted(.iso8601))),
                        ("lastUsedAt", token.lastUsedAt.map { .string($0.formatted(.iso8601)) } ?? .null),
                        ("revokedAt", token.revokedAt.map { .string($0.formatted(.iso8601)) } ?? .null),
                    ])
                }
            ).serialized()
        }
        guard !tokens.isEmpty else { return "没有令牌 / no tokens" }
        return tokens.map { token in
            var line = "\(token.id)\t\(names[token.userId] ?? "")\t\(token.name)\t\(clock(token.createdAt))"
            if let used = token.lastUsedAt { line += "\t最近使用 / last used \(clock(used))" }
            if let revoked = token.revokedAt { line += "\t已撤销 / revoked \(clock(revoked))" }
            return line
        }.joined(separator: "\n")
    }
}
