import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets

/// `GET /partnerships.csv` and `/partnerships.xlsx`: exactly the rows the same query lists, on every page.
struct PartnershipExport: Sendable {
    let dependencies: WebDependencies
    let kind: ExportKind

    func download(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try PartnershipQuery(parameters: try request.queryString().pairs, reference: dependencies.reference)
        let records = try await dependencies.repository.export(
            query, format: format.rawValue, actor: try context.auditActor())
        let data = try RegistryFiles.export(
            records, format: format, reference: dependencies.reference,
            friendshipLabel: dependencies.configuration.friendshipLabel)
        var headers = HTTPFields()
        headers[.contentType] = format.contentType
        headers[.contentDisposition] = "attachment; filename=\"partnerships-\(dependencies.today).\(kind.rawValue)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private var format: ExportFormat {
        switch kind {
        case .csv: .csv
        case .xlsx: .xlsx
        }
    }
}
