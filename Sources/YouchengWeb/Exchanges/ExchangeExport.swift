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
        let filter = try request.queryString().removing(["page", "per", "lang"]).encoded
        try await dependencies.accounts.audit.append(
            AuditEvent(
                actor: try context.auditActor(), action: .exported, entityType: .exchange, entityId: nil,
                changes: [
                    FieldChange(field: "format", before: nil, after: kind.rawValue),
                    FieldChange(field: "filter", before: nil, after: filter),
                    FieldChange(field: "rows", before: nil, after: String(exchanges.count)),
                ]))
        var headers = HTTPFields()
        headers[.contentType] = format.contentType
        headers[.contentDisposition] = "attachment; filename=\"exchanges-\(dependencies.today).\(kind.rawValue)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
