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
        return try await ExportDownload(
            data: data, fileExtension: format.rawValue, contentType: format.contentType, name: "projects",
            entity: .project, rows: projects.count
        ).response(request, context, dependencies: dependencies)
    }
}
