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
        /// The new-password field of the separate password form.
        let newPassword: FormField
        let passwordAction: String
        let unlockAction: String
        /// Until when sign-in is locked, if it is.
        let lockedUntil: String?
        let history: AuditHistoryView
    }

    let heading: String
    let action: String
    /// A new user's username and password, then unit and role, then a stored user's state, in page order.
    let fields: [FormField]
    let stored: Stored?
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let notice: String?
    let cancelHref: String

    init(
        form: UserForm, user: User?, units: [MemberUnit], lockedUntil: Date?, history: AuditHistoryView?,
        errors: FieldErrors?, formError: Bilingual?, notice: String?, timeZone: TimeZone, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "user_", errors: errors, language: language, catalog: catalog)
        heading =
            user.map { catalog.text("user_edit_title", language, ["name": $0.username]) }
            ?? catalog.text("user_new_title", language)
        action = user.map { AccountRoute.updateUser(id: $0.id).link() } ?? AccountRoute.createUser.link()
        let passwordHint = kit.text("user_password_hint", ["min": String(PasswordRules.minimumLength)])
        let choices = [
            kit.select("unit", SelectOption.units(units, chosen: form.unit, keep: user?.unitId, display: display)),
            kit.select("role", SelectOption.roles(chosen: form.role, display: display)),
        ]
        // A new user gets a name and a password first; a stored one can be made active or inactive after its choices.
        if user == nil {
            fields =
                [
                    kit.text(
                        "username", form.username, required: true, hint: kit.text("user_username_hint"),
                        autocomplete: "off"),
                    kit.password("password", hint: passwordHint),
                ] + choices
        } else {
            fields =
                choices + [
                    kit.select(
                        "active",
                        [
                            SelectOption(value: "1", label: kit.text("state_active"), selected: form.active == "1"),
                            SelectOption(value: "0", label: kit.text("state_inactive"), selected: form.active == "0"),
                        ])
                ]
        }
        stored = user.map { user in
            Stored(
                username: user.username, version: String(user.version),
                newPassword: kit.password(
                    "password", label: kit.text("user_new_password"),
                    hint: passwordHint + " " + kit.text("user_password_sessions")),
                passwordAction: AccountRoute.setUserPassword(id: user.id).link(),
                unlockAction: AccountRoute.unlockUser(id: user.id).link(),
                lockedUntil: lockedUntil.map { AuditEntryRow.clock($0, timeZone) },
                history: history
                    ?? AuditHistoryView(entries: [], display: display, catalog: catalog, timeZone: timeZone))
        }
        hasFieldErrors = kit.hasErrors
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil
            : user.map {
                FormLink(href: AccountRoute.editUser(id: $0.id).link(), label: catalog.text("form_reopen", language))
            }
        self.notice = notice
        cancelHref = AccountRoute.users.link()
    }
}
