/// What an audit entry records.
public enum AuditAction: String, Sendable, CaseIterable, Codable, Hashable {
    /// A record was created.
    case create
    /// A record was changed.
    case update
    /// A record was deleted.
    case delete
    /// A unit (or user) was deactivated.
    case deactivate
    /// A registry file was imported.
    case imported = "import"
    /// The registry (or part of it) was exported.
    case exported = "export"
    /// A user signed in.
    case signIn
    /// A sign-in was refused (wrong password, unknown user, locked).
    case signInFailed
    /// A user signed out.
    case signOut
    /// A user account was created.
    case userCreated
    /// A user's role changed.
    case roleChanged
    /// A user's password changed.
    case passwordChanged
    /// A locked username was unlocked.
    case unlocked
    /// An API token was created.
    case tokenCreated
    /// An API token was revoked.
    case tokenRevoked

    /// The name in both languages.
    public var label: Bilingual {
        switch self {
        case .create: Bilingual(zh: "新建", en: "Created")
        case .update: Bilingual(zh: "修改", en: "Updated")
        case .delete: Bilingual(zh: "删除", en: "Deleted")
        case .deactivate: Bilingual(zh: "停用", en: "Deactivated")
        case .imported: Bilingual(zh: "导入", en: "Imported")
        case .exported: Bilingual(zh: "导出", en: "Exported")
        case .signIn: Bilingual(zh: "登录", en: "Signed in")
        case .signInFailed: Bilingual(zh: "登录失败", en: "Sign-in failed")
        case .signOut: Bilingual(zh: "退出登录", en: "Signed out")
        case .userCreated: Bilingual(zh: "创建用户", en: "User created")
        case .roleChanged: Bilingual(zh: "变更角色", en: "Role changed")
        case .passwordChanged: Bilingual(zh: "修改密码", en: "Password changed")
        case .unlocked: Bilingual(zh: "解除锁定", en: "Unlocked")
        case .tokenCreated: Bilingual(zh: "创建令牌", en: "Token created")
        case .tokenRevoked: Bilingual(zh: "撤销令牌", en: "Token revoked")
        }
    }
}

/// The kind of record an audit entry is about.
public enum AuditEntityType: String, Sendable, CaseIterable, Codable, Hashable {
    /// A member unit.
    case unit
    /// A user account.
    case user
    /// An API token.
    case token
    /// A partnership.
    case partnership
    /// A partner.
    case partner
    /// The registry as a whole (imports, exports).
    case registry
    /// An exchange (visit, trip, event …).
    case exchange
    /// A deployment setting.
    case setting
    /// Another city's published figure.
    case peer

    /// The name in both languages.
    public var label: Bilingual {
        switch self {
        case .unit: Bilingual(zh: "单位", en: "Unit")
        case .user: Bilingual(zh: "用户", en: "User")
        case .token: Bilingual(zh: "令牌", en: "Token")
        case .partnership: Bilingual(zh: "友城关系", en: "Partnership")
        case .partner: Bilingual(zh: "外方城市", en: "Partner")
        case .registry: Bilingual(zh: "友城登记", en: "Registry")
        case .exchange: Bilingual(zh: "交流活动", en: "Exchange")
        case .setting: Bilingual(zh: "设置", en: "Setting")
        case .peer: Bilingual(zh: "同类城市", en: "Peer city")
        }
    }
}
