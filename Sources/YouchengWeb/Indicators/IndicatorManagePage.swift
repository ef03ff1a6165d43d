import Hummingbird
import YouchengCore

/// `GET /indicators/manage` (administrators): the indicator list by category, each with its measure, direction and
/// value source (a formula, or entered by hand), with links to add, edit and delete.
struct IndicatorManagePage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let store = dependencies.services.indicators
        let view = IndicatorManageView(
            indicators: try await store.indicators(), categories: try await store.categories(),
            saved: try request.queryString()["saved"] != nil, language: context.language,
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "indicators-manage", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// The indicator list's view model.
struct IndicatorManageView: Sendable {
    struct Row: Sendable {
        let code: String
        let category: String
        let name: String
        let measure: String
        let direction: String
        let source: String
        let editHref: String
        let deleteHref: String
    }

    let title: String
    let rows: [Row]
    let savedText: String?
    let emptyText: String?
    let newHref: String
    let tableHref: String

    init(
        indicators: [Indicator], categories: [IndicatorCategory], saved: Bool, language: Language,
        catalog: LabelCatalog
    ) {
        title = catalog.text("indicators_manage", language)
        let names = Dictionary(categories.map { ($0.code, $0.name(language)) }, uniquingKeysWith: { a, _ in a })
        rows = indicators.map { indicator in
            let draft = indicator.draft
            return Row(
                code: draft.code, category: names[draft.category] ?? draft.category, name: draft.name(language),
                measure: draft.measure, direction: draft.direction.label.text(language),
                source: draft.formula?.label.text(language) ?? catalog.text("indicators_manual", language),
                editHref: IndicatorRoute.editIndicator(id: indicator.id).link(),
                deleteHref: IndicatorRoute.deleteIndicatorConfirm(id: indicator.id).link())
        }
        savedText = saved ? catalog.text("indicators_saved", language) : nil
        emptyText = rows.isEmpty ? catalog.text("indicators_manage_empty", language) : nil
        newHref = IndicatorRoute.newIndicator.link()
        tableHref = IndicatorRoute.indicators.link()
    }
}
