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
    /// Reads and validates a file and dry-runs its valid rows against the registry. A row whose home the user may not
    /// edit is a row error, so the file is refused as a whole and the report names the row.
    func check(data: Data, filename: String?, home: String, context: WebRequestContext) async throws -> CheckedImport {
        let principal = try context.principal()
        let policy = dependencies.policy
        let reference = dependencies.reference
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
                repository: dependencies.repository,
                refuse: { row in
                    policy.mayEditPartnership(home: row.homeCode, as: principal)
                        ? nil : Self.notYours(row, reference: reference)
                }, editor: principal, limits: dependencies.configuration.tableLimits)
        } catch let error as RegistryFileError {
            throw ImportRefusal(message: error.message)
        }
    }

    /// The row error for a row whose home the user may not edit.
    static func notYours(_ row: RegistryRow, reference: ReferenceData) -> RowError {
        let home = reference.localities.locality(row.homeCode)?.name ?? row.homeCode
        return RowError(
            row: row.row, field: "home",
            reason: Bilingual(
                zh: "无权导入本地主体「\(home)」的记录（仅限本单位所在地区及其下级）",
                en: "you may not import records of \"\(home)\" (only your unit's locality and below)"))
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
            frame: PageFrame(
                request: request, context: context, switchTo: request.method == .get ? nil : ImportRoute.importForm),
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
            frame: PageFrame(request: request, context: context, switchTo: ImportRoute.importForm),
            status: checked.plan.errors.isEmpty ? .ok : .unprocessableContent)
    }
}
