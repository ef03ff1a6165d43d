import Foundation
import YouchengCore

/// The user list's view model: username, unit, role, active, and until when a locked username is locked.
struct UserListView: Sendable {
    /// One user in the table.
    struct Row: Sendable {
        let id: Int64
        let username: String
        let unit: String
        let role: CodedLabel
        let state: ActiveState
        let lockedUntil: String?
        let editHref: String
        let saved: Bool
    }

    let title: String
    let rows: [Row]
    let countText: String
    let newHref: String
    let savedNotice: String?

    /// `locks` holds the users whose sign-in is locked, with the lock's end.
    init(
        users: [User], units: [MemberUnit], locks: [Int64: Date], savedId: Int64?, timeZone: TimeZone,
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let names = Dictionary(units.map { ($0.id, display.text($0.name)) }, uniquingKeysWith: { first, _ in first })
        title = catalog.text("users_title", language)
        rows = users.map { user in
            Row(
                id: user.id, username: user.username, unit: names[user.unitId] ?? "#\(user.unitId)",
                role: CodedLabel(user.role, display),
                state: ActiveState(user.active, catalog: catalog, language: language),
                lockedUntil: locks[user.id].map { AuditEntryRow.clock($0, timeZone) },
                editHref: AccountRoute.editUser(id: user.id).link(), saved: user.id == savedId)
        }
        countText = catalog.text("users_count", language, ["count": String(rows.count)])
        newHref = AccountRoute.newUser.link()
        savedNotice = savedId == nil ? nil : catalog.text("form_saved", language)
    }
}

extension SelectOption {
    /// The units a user may be put in (active ones), plus `keep` (a user's current unit, even if inactive).
    static func units(_ units: [MemberUnit], chosen: String, keep: Int64? = nil, display: Display) -> [SelectOption] {
        units.filter { $0.active || $0.id == keep }.map {
            SelectOption(value: String($0.id), label: display.text($0.name), selected: String($0.id) == chosen)
        }
    }

    /// The three roles, `chosen` selected.
    static func roles(chosen: String, display: Display) -> [SelectOption] {
        let role = Role(rawValue: chosen) ?? Role(parsing: chosen)
        return Role.allCases.map {
            SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == role)
        }
    }
}
