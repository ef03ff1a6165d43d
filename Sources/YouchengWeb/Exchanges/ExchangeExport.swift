import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets

/// `GET /exchanges.csv` and `/exchanges.xlsx`: exactly the exchanges the same query lists, on every page, with the
/// import's headers.
struct ExchangeExport: Sendable {
    let dependencies: WebDependencies
    let kind: ExportKind

    func download(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let lookups = try await dependencies.exchangeContext()
        let query = try ExchangeQuery(
            parameters: try request.queryString().pairs, reference: dependencies.reference, domains: lookups.domains)
        let exchanges = try await dependencies.exchanges.all(query)
        let format: ExportFormat = kind == .csv ? .csv : .xlsx
        let data = try ExchangeFiles.export(exchanges, format: format, importer: lookups.importer)
        // Exports are audited like the registry's: who took which rows out, with the filter as asked.
        return try await ExportDownload(
            data: data, fileExtension: kind.rawValue, contentType: format.contentType, name: "exchanges",
            entity: .exchange, rows: exchanges.count
        ).response(request, context, dependencies: dependencies)
    }
}
