import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets

/// `/import`: upload a file (multipart), see the dry-run report, confirm to store it.
///
/// The uploaded bytes stay server-side in `PendingImports` under a random token; the confirm button posts only the
/// token, and the file is validated again against the registry as it is then, in one transaction.
struct ImportPages: Sendable {
    let dependencies: WebDependencies

    /// The report shows at most this many row errors (the count of all is always given).
    static let maxErrorsShown = 1000

    func form(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try renderForm(formView(home: "", error: nil, context), request: request, context: context)
    }

    func preview(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let parts = try await request.multipartParts(limit: dependencies.configuration.maxUploadBytes)
        let home = try parts.first { $0.name == "home" }?.text().trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let file = parts.first(where: { $0.name == "file" }), !file.body.isEmpty else {
            let message = dependencies.renderer.catalog.bilingual("import_nofile")
            return try renderForm(
                formView(home: home, error: message.text(context.language), context), status: .badRequest,
                request: request, context: context)
        }
        do {
            let checked = try await check(data: file.body, filename: file.filename, home: home)
            let token =
                checked.plan.errors.isEmpty
                ? await dependencies.pendingImports.keep(data: file.body, filename: file.filename, home: home) : nil
            return try renderReport(checked, filename: file.filename, token: token, request: request, context: context)
        } catch let refusal as ImportRefusal {
            return try renderForm(
                formView(home: home, error: refusal.message.text(context.language), context), status: .badRequest,
                request: request, context: context)
        }
    }

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.formFields(limit: PartnershipFormPages.maxFormBytes)
        guard let token = fields["token"], let upload = await dependencies.pendingImports.upload(token) else {
            throw WebError.importExpired
        }
        let checked = try await check(data: upload.data, filename: upload.filename, home: upload.home)
        guard checked.isClean else {
            return try renderReport(checked, filename: upload.filename, token: nil, request: request, context: context)
        }
        let report = try await RegistryImport.store(checked, repository: dependencies.repository)
        await dependencies.pendingImports.remove(token)
        let view = ImportResultView(
            report: report, filename: upload.filename, language: context.language,
            catalog: dependencies.renderer.catalog)
        return try dependencies.renderer.page(
            "import-result", title: dependencies.renderer.text("import_result_title", context.language), content: view,
            frame: PageFrame(request: request, context: context, switchTo: .importForm))
    }
}
