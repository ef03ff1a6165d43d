import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets

extension CheckedImport {
    /// Whether the report offers to store the file: no row refused and something to add or change.
    var offersConfirmation: Bool { isClean && report.created + report.updated > 0 }
}

/// A file refused as a whole before any row is read (unreadable, no header, unknown default home).
struct ImportRefusal: Error, Sendable {
    let message: Bilingual
}

extension ImportPages {
    /// Reads and validates a file and dry-runs its valid rows against the registry.
    func check(data: Data, filename: String?, home: String) async throws -> CheckedImport {
        var defaultHome: Locality?
        if !home.isEmpty {
            switch dependencies.reference.localities.resolve(home) {
            case .success(let locality): defaultHome = locality
            case .failure(let error): throw ImportRefusal(message: error.message)
            }
        }
        do {
            return try await RegistryImport.check(
                data: data, filename: filename, defaultHome: defaultHome, reference: dependencies.reference,
                repository: dependencies.repository)
        } catch let error as RegistryFileError {
            throw ImportRefusal(message: error.message)
        }
    }

    func formView(home: String, error: String?, _ context: WebRequestContext) -> ImportFormView {
        ImportFormView(
            home: home, error: error, maxBytes: dependencies.configuration.maxUploadBytes, language: context.language,
            catalog: dependencies.renderer.catalog)
    }

    func renderForm(
        _ view: ImportFormView, status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        try await dependencies.renderer.page(
            "import", title: dependencies.renderer.text("import_title", context.language), content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : .importForm),
            status: status)
    }

    func renderReport(
        _ checked: CheckedImport, filename: String?, token: String?, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let view = ImportReportView(
            checked: checked, filename: filename, token: token, maxErrors: Self.maxErrorsShown,
            language: context.language, catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "import-report", title: dependencies.renderer.text("import_report_title", context.language), content: view,
            frame: PageFrame(request: request, context: context, switchTo: .importForm),
            status: checked.plan.errors.isEmpty ? .ok : .unprocessableContent)
    }
}
