import Hummingbird
import YouchengCore

/// `GET /pipeline?home=&year=`: the home's progress against the year's target (the sentence, the total and the
/// localities covered), the board of prospects in columns by stage grouped into the batches 在手·在谈·报批·签约 (each
/// column the latest `ProspectBoard.defaultCap` cards, then a link to all of that stage in the list), and
/// for administrators the target form. `POST /pipeline/target` (administrators) sets the target and comes back
/// (303); refused figures re-render the page (422) with the form kept.
struct PipelinePage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let scope = try await PipelineScope(
            query: query, principal: try context.principal(), dependencies: dependencies)
        let target = try await scope.home.asyncMap {
            try await dependencies.services.prospects.target(homeCode: $0.code, year: scope.year)
        }
        let form =
            target.map { PipelineTargetForm($0) }
            ?? PipelineTargetForm(home: scope.home?.code ?? "", year: String(scope.year))
        return try await render(
            scope, form: form, notice: query["saved"] != nil ? "pipeline_target_saved" : nil, request: request,
            context: context)
    }

    func setTarget(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let form = PipelineTargetForm(
            home: fields["home"] ?? "", year: fields["year"] ?? "", newMin: fields["newMin"] ?? "",
            newMax: fields["newMax"] ?? "", totalDate: fields["totalDate"] ?? "",
            totalCount: fields["totalCount"] ?? "",
            localitiesDate: fields["localitiesDate"] ?? "", localitiesCount: fields["localitiesCount"] ?? "")
        switch form.validated(reference: dependencies.reference) {
        case .success(let target):
            try await dependencies.services.prospects.setTarget(target, by: try context.auditActor())
            let link = PipelineRoute.pipeline.link([
                ("home", target.homeCode), ("year", String(target.year)), ("saved", "1"),
            ])
            return Response(status: .seeOther, headers: [.location: link])
        case .failure(let errors):
            var scopeQuery = QueryString([("year", Int(form.year).map(String.init) ?? "")])
            if let home = try? dependencies.reference.localities.homeParameter(form.home) {
                scopeQuery = scopeQuery.setting("home", home.code)
            }
            let scope = try await PipelineScope(
                query: scopeQuery, principal: try context.principal(), dependencies: dependencies)
            return try await render(
                scope, form: form, errors: errors, status: .unprocessableContent, request: request, context: context)
        }
    }

    private func render(
        _ scope: PipelineScope, form: PipelineTargetForm, errors: FieldErrors? = nil, notice: String? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let store = dependencies.services.prospects
        let today = dependencies.noticeToday
        var progress: PipelineProgress?
        var board = ProspectBoard(counts: [:], cards: [])
        if let home = scope.home {
            progress = try await store.progress(homeCode: home.code, year: scope.year, asOf: today)
            board = try await store.board(
                homeCodes: dependencies.reference.localities.subtree(of: home.code), year: scope.year)
        }
        let principal = try context.principal()
        let view = PipelineView(
            scope: scope, progress: progress, board: board, form: form, errors: errors, notice: notice,
            mayWrite: AccessPolicy.mayWrite(principal), mayAdminister: AccessPolicy.mayAdminister(principal),
            units: try await dependencies.noticeUnits(), display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "pipeline", title: view.title, content: view,
            frame: PageFrame(
                request: request, context: context, switchTo: request.method == .get ? nil : PipelineRoute.pipeline),
            status: status)
    }
}

extension Optional {
    /// The value mapped by an async `transform`, or nil.
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
