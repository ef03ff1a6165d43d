import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets

/// `/import`: upload a file (multipart), see the dry-run report, confirm to store it.
///
/// The uploaded bytes stay server-side, in the database (`PendingImportStore`), under a random token bound to the
/// user; the confirm button posts only the token, so any server can confirm, and the file is validated again against
/// the registry as it is then, in one transaction. Previews and confirmations run at most `ImportGate.defaultLimit`
/// at a time on each server; beyond that the answer is 503, "busy".
struct ImportPages: Sendable {
    let dependencies: WebDependencies

    /// The report shows at most this many row errors (the count of all is always given).
    static let maxErrorsShown = 1000

    func form(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        return try await renderForm(formView(home: "", error: nil, context), request: request, context: context)
    }

    /// `GET /import/confirm` (a reload or a bookmark of the result page): back to the upload form.
    func confirmReload(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        Response(status: .seeOther, headers: [.location: ImportRoute.importForm.link()])
    }

    func preview(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        return try await dependencies.importGate.run { try await previewUpload(request, context) }
    }

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        return try await dependencies.importGate.run { try await storeUpload(request, context) }
    }

    private func previewUpload(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let parts = try await request.multipartParts(limit: dependencies.configuration.maxUploadBytes)
        try context.requireCSRF(try parts.first { $0.name == PostedForm.csrfField }?.text())
        let home = try parts.first { $0.name == "home" }?.text().trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let file = parts.first { $0.name == "file" }
        let filename = file?.filename ?? ""
        // A browser sends an empty part with an empty filename when no file was chosen.
        guard let file, !file.body.isEmpty || !filename.isEmpty else {
            return try await refuse("import_nofile", home: home, request: request, context: context)
        }
        guard !file.body.isEmpty else {
            return try await refuse(
                "import_empty_file", ["name": filename], home: home, request: request, context: context)
        }
        do {
            let checked = try await check(data: file.body, filename: file.filename, home: home, context: context)
            // Kept only when the report offers to confirm it: nothing else could ever claim it.
            let token =
                checked.offersConfirmation
                ? try await dependencies.pendingImports.keep(
                    data: file.body, filename: file.filename, home: home, userId: try Self.uploader(context))
                : nil
            return try await renderReport(
                checked, filename: file.filename, token: token, request: request, context: context)
        } catch let refusal as ImportRefusal {
            return try await renderForm(
                formView(home: home, error: refusal.message.text(context.language), context), status: .badRequest,
                request: request, context: context)
        }
    }

    private func storeUpload(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.action, context)
        // Taken, not read: a second click (or a second tab) finds nothing and gets 410, so the file is stored once.
        guard let token = fields["token"],
            let upload = try await dependencies.pendingImports.take(token, userId: try Self.uploader(context))
        else {
            throw WebError.importExpired
        }
        let report: ImportReport
        do {
            let checked = try await check(
                data: upload.data, filename: upload.filename, home: upload.home, context: context)
            guard checked.isClean else {
                // The registry changed since the preview and a row is now refused: show why; nothing to confirm.
                return try await renderReport(
                    checked, filename: upload.filename, token: nil, request: request, context: context)
            }
            report = try await RegistryImport.store(
                checked, repository: dependencies.repository, actor: try context.auditActor(),
                editor: try context.principal())
        } catch {
            // Nothing was stored: the user may try again with the same token.
            try await dependencies.pendingImports.restore(token, upload)
            throw error
        }
        let view = ImportResultView(
            report: report, filename: upload.filename, language: context.language,
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "import-result", title: dependencies.renderer.text("import_result_title", context.language), content: view,
            frame: PageFrame(request: request, context: context, switchTo: ImportRoute.importForm))
    }

    private func refuse(
        _ key: String, _ arguments: [String: String] = [:], home: String, request: Request,
        context: WebRequestContext
    ) async throws -> Response {
        let message = dependencies.renderer.text(key, context.language, arguments)
        return try await renderForm(
            formView(home: home, error: message, context), status: .badRequest, request: request, context: context)
    }
}

extension ImportPages {
    /// The signed-in user's id: an upload is kept for them alone.
    fileprivate static func uploader(_ context: WebRequestContext) throws -> Int64 {
        guard let account = context.account else { throw WebError.unauthorized }
        return account.user.id
    }
}
