import Foundation

/// A signed-in browser session, kept in the database so several servers share it.
public struct Session: Sendable, Hashable {
    /// The session's secret id (256 random bits, hex): the cookie's value. Whoever has it is signed in.
    public var id: String
    /// Whose session it is.
    public var userId: Int64
    /// When the user signed in.
    public var createdAt: Date
    /// The last request seen.
    public var lastSeenAt: Date
    /// The token every form POST of this session must carry as `_csrf`.
    public var csrfToken: String

    /// Creates a session.
    public init(id: String, userId: Int64, createdAt: Date, lastSeenAt: Date, csrfToken: String) {
        self.id = id
        self.userId = userId
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.csrfToken = csrfToken
    }
}

/// A valid session with the account it signs in.
public struct SessionGrant: Sendable, Hashable {
    /// The session.
    public var session: Session
    /// Its user and unit.
    public var account: Account

    /// Joins the two.
    public init(session: Session, account: Account) {
        self.session = session
        self.account = account
    }
}

/// What a sign-in attempt came to.
public enum SignInResult: Sendable, Hashable {
    /// The password was right: the account, to start a session for.
    case signedIn(Account)
    /// Refused, and why (in words that do not tell whether the username exists).
    case refused(SignInRefusal)
}

/// Why a sign-in was refused. Neither case tells whether the username exists.
public enum SignInRefusal: Error, Sendable, Hashable {
    /// Unknown username, wrong password or inactive account: one answer for all three.
    case badCredentials
    /// Too many failures: locked until the given time.
    case locked(until: Date)

    /// The message in both languages, without the time left.
    public var message: Bilingual {
        switch self {
        case .badCredentials:
            Bilingual(zh: "用户名或密码错误", en: "wrong username or password")
        case .locked:
            Bilingual(zh: "失败次数过多，已暂时锁定，请稍后再试", en: "too many failed attempts; sign-in is locked for a while")
        }
    }

    /// The message in both languages, saying how many minutes are left at `now` (rounded up).
    public func message(now: Date) -> Bilingual {
        guard case .locked(let until) = self else { return message }
        let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
        return Bilingual(
            zh: "失败次数过多，已暂时锁定，请 \(minutes) 分钟后再试",
            en: "too many failed attempts; sign-in is locked, try again in \(minutes) minute\(minutes == 1 ? "" : "s")")
    }
}
