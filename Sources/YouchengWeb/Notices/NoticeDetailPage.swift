import Hummingbird
import YouchengCore

/// `GET /notices/{id}`: the notice, who answered what, who has not, whose silence is overdue, and for a writer of
/// an addressed unit the answer form, prefilled with the unit's current answer. `POST /notices/{id}/responses`
/// records the answer (a second replaces the first) and comes back to the notice (303); refused fields re-render the
/// page (422); a user whose unit is not addressed is refused (403), administrators included.
struct NoticeDetailPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let detail = try await dependencies.storedNotice(id: try context.pathID())
        let query = try request.queryString()
        let principal = try context.principal()
        let current = detail.responses[principal.unitId]?.draft
        let form = NoticeAnswerForm(
            answer: current?.answer.rawValue ?? "", comment: current?.comment ?? "", contact: current?.contact ?? "",
            exchange: current?.exchangeId.map(String.init) ?? "")
        let notice =
            query["sent"] != nil ? "notice_sent_notice" : query["answered"] != nil ? "notice_answered_notice" : nil
        return try await render(
            detail, form: form, errors: nil, notice: notice, status: .ok, request: request, context: context)
    }

    func answer(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let fields = try await request.postedForm(.record, context)
        let detail = try await dependencies.storedNotice(id: id)
        let principal = try context.principal()
        guard AccessPolicy.mayAnswerNotice(addressedTo: detail.notice.unitIds, as: principal) else {
            throw AccessDenied()
        }
        let form = NoticeAnswerForm(
            answer: fields["answer"] ?? "", comment: fields["comment"] ?? "", contact: fields["contact"] ?? "",
            exchange: fields["exchange"] ?? "")
        var errors: FieldErrors
        switch NoticeResponseDraft.read(
            answer: form.answer, comment: form.comment, contact: form.contact, exchange: form.exchange)
        {
        case .failure(let refused): errors = refused
        case .success(let draft):
            do {
                _ = try await dependencies.services.notices.respond(
                    noticeId: id, unitId: principal.unitId, draft, by: try context.auditActor())
                let target = NoticeRoute.notice(id: id).link([("answered", "1")]) + "#answer-form"
                return Response(status: .seeOther, headers: [.location: target])
            } catch let error as NoticeError where error.field != nil {
                errors = FieldErrors(errors: [FieldError(code: "unknown", field: error.field, message: error.message)])
            }
        }
        return try await render(
            detail, form: form, errors: errors, notice: nil, status: .unprocessableContent, request: request,
            context: context)
    }

    private func render(
        _ detail: NoticeDetail, form: NoticeAnswerForm, errors: FieldErrors?, notice: String?,
        status: HTTPResponse.Status, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let principal = try context.principal()
        var partner: Partner?
        if let id = detail.notice.partnerId { partner = try await dependencies.repository.partner(id: id)?.partner }
        let view = NoticeView(
            detail: detail, form: form, errors: errors, notice: notice,
            mayAnswer: AccessPolicy.mayAnswerNotice(addressedTo: detail.notice.unitIds, as: principal),
            principal: principal, units: try await dependencies.noticeUnits(), partner: partner,
            today: dependencies.noticeToday, timeZone: dependencies.configuration.timeZone,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        let page = NoticeRoute.notice(id: detail.notice.id)
        return try await dependencies.renderer.page(
            "notice", title: detail.notice.title, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}

/// The answer form's fields as typed.
struct NoticeAnswerForm: Sendable {
    var answer: String
    var comment: String
    var contact: String
    var exchange: String
}
