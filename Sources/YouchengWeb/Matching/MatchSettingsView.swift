import YouchengCore

/// The settings form's view model: the home, its population, a percent field per continent and per country group,
/// each with its value as typed and its error; the version it was opened at.
struct MatchSettingsView: Sendable {
    let heading: String
    let action: String
    let home: String
    let version: String
    let intro: String
    let populationFields: [FormField]
    let continentFields: [FormField]
    let groupFields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String

    init(
        form: MatchSettingsForm, home: Locality, errors: FieldErrors?, formError: Bilingual?, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "matching_field_", errors: errors, language: language, catalog: catalog)
        heading = kit.text("matching_settings_title", ["home": display.home(home)])
        action = MatchingRoute.saveSettings.link()
        self.home = home.code
        version = String(form.version)
        intro = kit.text(form.version == 0 ? "matching_settings_intro_default" : "matching_settings_intro")
        populationFields = [
            kit.text("population", form.population, hint: kit.text("matching_population_hint"), inputMode: "numeric")
        ]
        func percent(_ scope: TargetShare.Scope, _ code: String, _ label: String) -> FormField {
            kit.text(
                MatchSettings.fieldName(scope, code), form.share(scope, code), label: label + " (%)",
                inputMode: "numeric")
        }
        continentFields = Continent.allCases.map { percent(.continent, $0.rawValue, display.continent($0)) }
        groupFields = display.reference.countries.groups.map { percent(.group, $0.code, display.group($0)) }
        hasFieldErrors = kit.hasErrors
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil
            : FormLink(
                href: MatchingRoute.settings.link([("home", home.code)]), label: kit.text("matching_reload"))
        cancelHref = MatchingRoute.thin.link([("home", home.code)])
    }
}
