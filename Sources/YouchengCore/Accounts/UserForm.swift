/// The fields of the user forms as typed (`username`, `password`, `unit`, `role`, `active`): kept as text so a
/// refused form comes back as filled in. `validateNew` and `validateChange` check them and report every bad field
/// at once; whether the unit exists and is active is the store's to say.
public struct UserForm: Sendable, Hashable {
    /// The sign-in name (new users only).
    public var username = ""
    /// The password (new users; the password form).
    public var password = ""
    /// The unit's id.
    public var unit = ""
    /// The role's code (`editor`) or label.
    public var role = ""
    /// `1` for active, `0` for inactive.
    public var active = "1"

    /// An empty form.
    public init() {}

    /// The form as posted.
    public init(fields: [String: String]) {
        username = fields["username"] ?? ""
        password = fields["password"] ?? ""
        unit = fields["unit"] ?? ""
        role = fields["role"] ?? ""
        active = fields["active"] ?? ""
    }

    /// The form filled from a stored user.
    public init(user: User) {
        username = user.username
        unit = String(user.unitId)
        role = user.role.rawValue
        active = user.active ? "1" : "0"
    }

    /// A new user's values: a valid username (`Username`), a password following `PasswordRules`, a unit id and a
    /// role.
    public func validateNew() -> Result<(username: String, password: String, unitId: Int64, role: Role), FieldErrors> {
        var errors: [FieldError] = []
        var name = ""
        do { name = try Username.validated(username) } catch { errors.append(error) }
        do { try PasswordRules.check(password) } catch { errors.append(error) }
        let unitId = readUnit(&errors)
        let role = readRole(&errors)
        guard errors.isEmpty, let unitId, let role else { return .failure(FieldErrors(errors: errors)) }
        return .success((name, password, unitId, role))
    }

    /// A stored user's new role, unit and active flag.
    public func validateChange() -> Result<(role: Role, unitId: Int64, active: Bool), FieldErrors> {
        var errors: [FieldError] = []
        let role = readRole(&errors)
        let unitId = readUnit(&errors)
        let flag: Bool? =
            switch active.trimmingCharacters(in: .whitespaces) {
            case "1": true
            case "0": false
            default: nil
            }
        if flag == nil {
            errors.append(
                FieldError(
                    code: "invalid_active", field: "active",
                    message: Bilingual(
                        zh: "状态「\(active)」无效：应为 1（启用）或 0（停用）",
                        en: "state \"\(active)\" is not valid: use 1 (active) or 0 (inactive)")))
        }
        guard errors.isEmpty, let role, let unitId, let flag else { return .failure(FieldErrors(errors: errors)) }
        return .success((role, unitId, flag))
    }

    private func readUnit(_ errors: inout [FieldError]) -> Int64? {
        guard let id = Int64(unit.trimmingCharacters(in: .whitespaces)), id > 0 else {
            errors.append(
                FieldError(
                    code: "required", field: "unit", message: Bilingual(zh: "请选择所属单位", en: "choose the user's unit")))
            return nil
        }
        return id
    }

    private func readRole(_ errors: inout [FieldError]) -> Role? {
        let text = role.trimmingCharacters(in: .whitespaces)
        guard let parsed = Role(rawValue: text) ?? Role(parsing: text) else {
            errors.append(Role.unknown(text))
            return nil
        }
        return parsed
    }
}
