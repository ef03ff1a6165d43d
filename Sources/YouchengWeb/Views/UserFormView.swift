import Foundation
import YouchengCore

/// The user forms' view model. A new user: username, password, unit, role. A stored user: role, unit and state
/// (with the version), then a separate form for a new password, the unlock button while the username is locked,
/// and the user's history.
struct UserFormView: Sendable {
    /// The parts only a stored user's page has.
    struct Stored: Sendable {
        let username: String
        let version: String
        let active: FormField
        let states: [SelectOption]
        let passwordAction: String
        let unlockAction: String
        /// Until when sign-in is locked, if it is.
        let lockedUntil: String?
        let history: AuditHistoryView
    }

    let heading: String
    let action: String
    /// A new user's username and password fields.
    let username: FormField?
    let password: FormField
    let unit: FormField
    let units: [SelectOption]
    let role: FormField
    let roles: [SelectOption]
    let stored: Stored?
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let notice: String?
    let cancelHref: String
    let passwordHint: String

    init(
        form: UserForm, user: User?, units: [MemberUnit], lockedUntil: Date?, history: AuditHistoryView?,
        errors: FieldErrors?, formError: Bilingual?, notice: String?, timeZone: TimeZone, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        func field(_ name: String, _ value: String) -> FormField {
            FormField(
                name: name, label: catalog.text("user_\(name)", language), value: value,
                error: errors?.message(for: name)?.text(language))
        }
        heading =
            user.map { catalog.text("user_edit_title", language, ["name": $0.username]) }
            ?? catalog.text("user_new_title", language)
        action = user.map { AccountRoute.updateUser(id: $0.id).link() } ?? AccountRoute.createUser.link()
        username = user == nil ? field("username", form.username) : nil
        // A password is never sent back into the page.
        password = field("password", "")
        unit = field("unit", form.unit)
        self.units = SelectOption.units(units, chosen: form.unit, keep: user?.unitId, display: display)
        role = field("role", form.role)
        roles = SelectOption.roles(chosen: form.role, display: display)
        stored = user.map { user in
            Stored(
                username: user.username, version: String(user.version), active: field("active", form.active),
                states: [
                    SelectOption(
                        value: "1", label: catalog.text("state_active", language), selected: form.active == "1"),
                    SelectOption(
                        value: "0", label: catalog.text("state_inactive", language), selected: form.active == "0"),
                ], passwordAction: AccountRoute.setUserPassword(id: user.id).link(),
                unlockAction: AccountRoute.unlockUser(id: user.id).link(),
                lockedUntil: lockedUntil.map { AuditEntryRow.clock($0, timeZone) },
                history: history
                    ?? AuditHistoryView(entries: [], display: display, catalog: catalog, timeZone: timeZone))
        }
        hasFieldErrors = !(errors?.errors.isEmpty ?? true)
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil
            : user.map {
                FormLink(href: AccountRoute.editUser(id: $0.id).link(), label: catalog.text("form_reopen", language))
            }
        self.notice = notice
        cancelHref = AccountRoute.users.link()
        passwordHint = catalog.text("user_password_hint", language, ["min": String(PasswordRules.minimumLength)])
    }
}
