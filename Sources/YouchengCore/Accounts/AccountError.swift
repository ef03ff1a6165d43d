/// Errors of the account stores that users can cause, each with a message in both languages.
public enum AccountError: Error, Sendable, Hashable {
    /// No unit with that id or name.
    case unitNotFound(String)
    /// Several units answer to that name (their Chinese names are listed).
    case ambiguousUnit(String, candidates: [String])
    /// Another unit already has that Chinese name.
    case duplicateUnitName(String)
    /// The unit is inactive and takes no new users.
    case inactiveUnit(String)
    /// No user with that username.
    case userNotFound(String)
    /// The username is taken.
    case duplicateUsername(String)
    /// No token with that id.
    case tokenNotFound(String)
    /// The token was revoked already.
    case tokenAlreadyRevoked(String)
    /// The record changed since the form was opened (the current version).
    case staleVersion(current: Int)
    /// The change would leave no active administrator.
    case lastAdmin
    /// An administrator tried to take away their own admin role.
    case ownAdminRole
    /// A user tried to deactivate their own account.
    case ownDeactivation

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .unitNotFound(let name):
            Bilingual(zh: "单位「\(name)」不存在", en: "no unit \"\(name)\"")
        case .ambiguousUnit(let name, let candidates):
            Bilingual(
                zh: "单位「\(name)」有多个匹配：\(candidates.joined(separator: "、"))",
                en: "unit \"\(name)\" matches several: \(candidates.joined(separator: ", "))")
        case .duplicateUnitName(let name):
            Bilingual(zh: "单位「\(name)」已存在", en: "a unit named \"\(name)\" exists already")
        case .inactiveUnit(let name):
            Bilingual(zh: "单位「\(name)」已停用", en: "the unit \"\(name)\" is inactive")
        case .userNotFound(let name):
            Bilingual(zh: "用户「\(name)」不存在", en: "no user \"\(name)\"")
        case .duplicateUsername(let name):
            Bilingual(zh: "用户名「\(name)」已被使用", en: "the username \"\(name)\" is taken")
        case .tokenNotFound(let id):
            Bilingual(zh: "令牌「\(id)」不存在", en: "no token \"\(id)\"")
        case .tokenAlreadyRevoked(let id):
            Bilingual(zh: "令牌「\(id)」已被撤销", en: "the token \"\(id)\" was revoked already")
        case .staleVersion:
            Bilingual(zh: "记录已被他人修改，请重新打开后再编辑", en: "the record was changed meanwhile; reopen it and edit again")
        case .lastAdmin:
            Bilingual(zh: "至少需要保留一名有效的管理员", en: "at least one active administrator must remain")
        case .ownAdminRole:
            Bilingual(
                zh: "不能取消自己的管理员角色；请让另一位管理员操作",
                en: "you cannot remove your own administrator role; ask another administrator")
        case .ownDeactivation:
            Bilingual(
                zh: "不能停用自己的账号；请让另一位管理员操作", en: "you cannot deactivate your own account; ask another administrator")
        }
    }
}
