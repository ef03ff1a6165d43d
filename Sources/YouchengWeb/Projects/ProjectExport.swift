import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets

/// `GET /projects.csv`, `/projects.xlsx` and `/projects.json`: exactly the projects the same query lists, on every
/// page; the spreadsheets with the import's headers, the JSON as the API writes projects (`{"projects": [...]}`).
/// Every export is audited: who took which rows out, with the filter as asked.
struct ProjectExport: Sendable {
    let dependencies: WebDependencies
    let format: ExportFormat

    func download(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try ProjectQuery(parameters: try request.queryString().pairs)
        let (days, today) = try await dependencies.stalledRule()
        let projects = try await dependencies.services.projects.all(query, days: days, asOf: today)
        let data: Data
        if format == .json {
            let json = try await dependencies.projectJSON(days: query.days ?? days, asOf: query.asOf ?? today)
            data = Data(JSONValue.object([("projects", .array(projects.map(json.summary)))]).bytes(sortingKeys: true))
        } else {
            data = try ProjectFiles.export(
                projects, format: format, names: try await dependencies.exchangeContext().importer)
        }
        let filter = try request.queryString().removing(["page", "per", "lang"]).encoded
        try await dependencies.accounts.audit.append(
            AuditEvent(
                actor: try context.auditActor(), action: .exported, entityType: .project, entityId: nil,
                changes: [
                    FieldChange(field: "format", before: nil, after: format.rawValue),
                    FieldChange(field: "filter", before: nil, after: filter),
                    FieldChange(field: "rows", before: nil, after: String(projects.count)),
                ]))
        var headers = HTTPFields()
        headers[.contentType] = format.contentType
        headers[.contentDisposition] = "attachment; filename=\"projects-\(dependencies.today).\(format.rawValue)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
