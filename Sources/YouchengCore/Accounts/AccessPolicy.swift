/// What the access policy needs to know about whoever asks: their role, their unit, and the unit's locality.
public struct Principal: Sendable, Hashable {
    /// The role.
    public var role: Role
    /// The unit's id.
    public var unitId: Int64
    /// The unit's home locality code, if it has one.
    public var unitHomeCode: String?

    /// Creates a principal.
    public init(role: Role, unitId: Int64, unitHomeCode: String?) {
        self.role = role
        self.unitId = unitId
        self.unitHomeCode = unitHomeCode
    }
}

/// Who may do what, as pure functions. Pages, API routes and commands ask it; hiding a button is not enforcement.
///
/// - admin: everything, including units, users and the audit log;
/// - editor: reads the registry; creates and changes partnerships whose home is their unit's locality or under it
///   (a unit without a locality changes none); changes what a partner's homes share (its names, its coordinates)
///   only when every one of them is such a home;
/// - viewer: reads the registry.
public struct AccessPolicy: Sendable {
    /// The locality tree, for "under the unit's locality".
    public let localities: LocalityDirectory

    /// Creates the policy over the locality tree.
    public init(localities: LocalityDirectory) { self.localities = localities }

    /// Whether `principal` may read a partnership whose home is `home`: every role reads the registry.
    public func mayReadPartnership(home: String, as principal: Principal) -> Bool { true }

    /// Whether `principal` may create a partnership whose home is `home`.
    public func mayCreatePartnership(home: String, as principal: Principal) -> Bool {
        switch principal.role {
        case .admin: true
        case .editor: isWithinUnit(home, principal)
        case .viewer: false
        }
    }

    /// Whether `principal` may change a partnership whose home is `home` and, after the change, `newHome`
    /// (both must be theirs: an editor cannot move a partnership out of their locality or into it from elsewhere).
    public func mayEditPartnership(home: String, newHome: String? = nil, as principal: Principal) -> Bool {
        mayCreatePartnership(home: home, as: principal)
            && mayCreatePartnership(home: newHome ?? home, as: principal)
    }

    /// Whether `principal` may change what every home twinned with a partner shares — its English or Chinese name,
    /// its coordinates — the partner being twinned with `homes` (after the change): admins always; an editor whose
    /// unit has a locality when every one of `homes` is that locality or lies under it; viewers never.
    public func mayChangeSharedPartner(homes: some Sequence<String>, as principal: Principal) -> Bool {
        switch principal.role {
        case .admin: true
        case .editor: principal.unitHomeCode != nil && homes.allSatisfy { isWithinUnit($0, principal) }
        case .viewer: false
        }
    }

    /// Whether `principal` writes records at all — the registry's forms and imports, exchanges, partners'
    /// coordinates, the API's writes: admins and editors. Which records an editor may write is the record's own
    /// question, answered by the functions above.
    public static func mayWrite(_ principal: Principal) -> Bool { principal.role != .viewer }

    /// Whether `principal` administers the site — units, users, the audit log, other cities' figures: admins only.
    public static func mayAdminister(_ principal: Principal) -> Bool { principal.role == .admin }

    /// Whether `home` is the unit's locality or lies under it.
    private func isWithinUnit(_ home: String, _ principal: Principal) -> Bool {
        guard let unitHome = principal.unitHomeCode else { return false }
        return localities.path(to: home).contains { $0.code == unitHome }
    }
}

/// A request the access policy refuses.
public struct AccessDenied: Error, Sendable, Hashable {
    /// Creates the error.
    public init() {}

    /// The message in both languages.
    public var message: Bilingual {
        Bilingual(zh: "没有权限执行此操作", en: "you are not allowed to do this")
    }
}
