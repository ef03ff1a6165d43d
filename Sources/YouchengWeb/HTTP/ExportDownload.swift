import Foundation
import Hummingbird
import YouchengCore

/// The one way a list export answers: it audits who took which rows out (format, the filter as asked without
/// `page`, `per` and `lang`, and the row count), then sends the file as an attachment that is not cached.
struct ExportDownload: Sendable {
    /// The file's bytes.
    let data: Data
    /// Its extension (`csv`, `xlsx`, `json`) and content type.
    let fileExtension: String
    let contentType: String
    /// The file name before the day: `prospects` gives `prospects-2026-11-23.csv`.
    let name: String
    /// What was exported, for the audit log.
    let entity: AuditEntityType
    /// How many rows it holds.
    let rows: Int

    /// The audited answer.
    func response(_ request: Request, _ context: WebRequestContext, dependencies: WebDependencies) async throws
        -> Response
    {
        let filter = try request.queryString().removing(["page", "per", "lang"]).encoded
        try await dependencies.accounts.audit.append(
            AuditEvent(
                actor: try context.auditActor(), action: .exported, entityType: entity, entityId: nil,
                changes: [
                    FieldChange(field: "format", before: nil, after: fileExtension),
                    FieldChange(field: "filter", before: nil, after: filter),
                    FieldChange(field: "rows", before: nil, after: String(rows)),
                ]))
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentDisposition] = "attachment; filename=\"\(name)-\(dependencies.today).\(fileExtension)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
