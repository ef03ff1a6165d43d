import Hummingbird
import YouchengCore

/// An indicator's figures for a year (administrators): `GET /indicators/{id}/year?year=YYYY` shows the form — the
/// target, and for a hand-entered indicator its value and source — and `POST /indicators/{id}/year` saves them
/// (audited) and goes back to the table of that year (303). Refused fields come back with the input kept (422).
struct IndicatorYearPages: Sendable {
    let dependencies: WebDependencies

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let indicator = try await dependencies.storedIndicator(id: try context.pathID())
        let year = try dependencies.indicatorYear(request)
        let stored = try await dependencies.services.indicators.years(year).first { $0.indicatorId == indicator.id }
        let form = IndicatorYearForm(
            target: stored?.target.map(IndicatorNumber.text) ?? "",
            value: stored?.value.map(IndicatorNumber.text) ?? "",
            source: stored?.source ?? "")
        return try await render(form, indicator: indicator, year: year, request: request, context: context)
    }

    func save(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let indicator = try await dependencies.storedIndicator(id: try context.pathID())
        let year = try Self.year(fields.fields["year"] ?? "")
        let form = IndicatorYearForm(
            target: fields.fields["target"] ?? "", value: fields.fields["value"] ?? "",
            source: fields.fields["source"] ?? "")
        switch form.validate(indicator: indicator, year: year) {
        case .failure(let errors):
            return try await render(
                form, indicator: indicator, year: year, errors: errors, status: .unprocessableContent,
                request: request, context: context)
        case .success(let figures):
            try await dependencies.services.indicators.setYear(figures, actor: try context.auditActor())
            let target = IndicatorRoute.indicators.link([("year", String(year))])
            return Response(status: .seeOther, headers: [.location: target])
        }
    }

    /// `text` as a year the figures may be set for (`AnnualReport.years`), or a refusal naming `year`; the page and
    /// the API read it the same way.
    static func year(_ text: String) throws(FieldError) -> Int {
        guard let year = Int(text), AnnualReport.years.contains(year) else {
            throw FieldError(
                code: "invalid_year", field: "year",
                message: Bilingual(zh: "年份「\(text)」无效", en: "year \"\(text)\" is not valid"))
        }
        return year
    }

    private func render(
        _ form: IndicatorYearForm, indicator: Indicator, year: Int, errors: FieldErrors? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let view = IndicatorYearView(
            form, indicator: indicator, year: year, errors: errors, language: context.language,
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "indicator-year", title: view.heading, content: view,
            frame: PageFrame(
                request: request, context: context,
                switchTo: request.method == .get ? nil : IndicatorRoute.indicatorYear(id: indicator.id)),
            status: status)
    }
}

/// The year form's view model.
struct IndicatorYearView: Sendable {
    let heading: String
    let rule: String
    let action: String
    let year: String
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String

    init(
        _ form: IndicatorYearForm, indicator: Indicator, year: Int, errors: FieldErrors?, language: Language,
        catalog: LabelCatalog
    ) {
        let draft = indicator.draft
        heading = catalog.text(
            "indicator_year_title", language,
            ["code": draft.code, "name": draft.name(language), "year": String(year)])
        rule =
            draft.formula.map {
                catalog.text("indicators_computed", language, ["formula": $0.label.text(language)])
            } ?? catalog.text("indicator_year_manual", language)
        action = IndicatorRoute.saveIndicatorYear(id: indicator.id).link()
        self.year = String(year)
        let kit = FormFieldKit(
            labelPrefix: "indicator_year_field_", errors: errors, language: language, catalog: catalog)
        var fields = [
            kit.text("target", form.target, hint: draft.measure.isEmpty ? nil : draft.measure, inputMode: "decimal")
        ]
        if draft.formula == nil {
            fields.append(
                kit.text("value", form.value, hint: draft.measure.isEmpty ? nil : draft.measure, inputMode: "decimal"))
            fields.append(kit.text("source", form.source, hint: kit.text("indicator_year_hint_source")))
        }
        self.fields = fields
        hasFieldErrors = kit.hasErrors
        formError = nil
        formErrorLink = nil
        cancelHref = IndicatorRoute.indicators.link([("year", String(year))])
    }
}
