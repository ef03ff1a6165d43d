import Hummingbird
import YouchengCore

/// `GET /notices/new` and its target `POST /notices` (admins): the form to send a notice to chosen units or to
/// every active unit. Refused fields re-render the form (422) with the input kept and each message beside its
/// field; success redirects (303) to the notice.
struct NoticeFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try await render(
            NoticeForm(kind: NoticeKind.partnerRequest.rawValue), errors: nil, status: .ok, request: request,
            context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let form = NoticeForm(
            title: fields["title"] ?? "", body: fields["body"] ?? "", kind: fields["kind"] ?? "",
            partner: fields["partner"] ?? "", deadline: fields["deadline"] ?? "",
            allUnits: fields["all_units"] == "1", units: fields.values("units"))
        switch form.validated(today: dependencies.noticeToday) {
        case .failure(let errors):
            return try await render(
                form, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let draft):
            do {
                let sent = try await dependencies.services.notices.create(draft, by: try context.auditActor())
                return Response(
                    status: .seeOther,
                    headers: [.location: NoticeRoute.notice(id: sent.notice.id).link([("sent", "1")])])
            } catch let error as NoticeError where error.field != nil {
                let errors = FieldErrors(errors: [
                    FieldError(code: "unknown", field: error.field, message: error.message)
                ])
                return try await render(
                    form, errors: errors, status: .unprocessableContent, request: request, context: context)
            }
        }
    }

    private func render(
        _ form: NoticeForm, errors: FieldErrors?, status: HTTPResponse.Status, request: Request,
        context: WebRequestContext
    ) async throws -> Response {
        let units = try await dependencies.accounts.units.list(includeInactive: false)
        let partners = try await dependencies.repository.partners()
        let view = NoticeFormView(
            form: form, errors: errors, units: units, partners: partners,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "notice-form", title: view.heading, content: view,
            frame: PageFrame(
                request: request, context: context, switchTo: request.method == .get ? nil : NoticeRoute.newNotice),
            status: status)
    }
}
