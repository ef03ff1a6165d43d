import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets

/// `GET /prospects.csv`, `/prospects.xlsx` and `/prospects.json`: exactly the prospects the list's query selects
/// (`home`, `unit`, `stage`, `country`, `year`, `sort`), on every page; everyone signed in reads every prospect, so
/// every row the filters select. The spreadsheets carry `ProspectFiles`' columns, the JSON the prospects as the
/// API's list gives them (`{"prospects": [...]}`, without histories). Every export is audited.
struct ProspectExport: Sendable {
    let dependencies: WebDependencies
    let format: ExportFormat

    func download(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try ProspectQuery(
            parameters: try request.queryString().pairs, localities: dependencies.reference.localities)
        let prospects = try await dependencies.services.prospects.all(query)
        let data: Data
        if format == .json {
            let items = prospects.map { ProspectJSON.prospect($0, history: false) }
            data = Data(JSONValue.object([("prospects", .array(items))]).bytes(sortingKeys: true))
        } else {
            let units = try await dependencies.accounts.units.list(includeInactive: true)
            data = try ProspectFiles.export(
                prospects, format: format,
                units: Dictionary(units.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { first, _ in first }),
                reference: dependencies.reference)
        }
        return try await ExportDownload(
            data: data, fileExtension: format.rawValue, contentType: format.contentType, name: "prospects",
            entity: .prospect, rows: prospects.count
        ).response(request, context, dependencies: dependencies)
    }
}
