import Hummingbird
import YouchengCore

/// `GET /api/v1/partnerships`: the list as JSON, with the same parameters as the page; `GET …/{id}`: one.
struct PartnershipsAPI: Sendable {
    let dependencies: WebDependencies

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try PartnershipQuery(parameters: try request.queryString().pairs, reference: dependencies.reference)
        let page = try await dependencies.repository.list(query)
        return JSONResponse.response(json: PartnershipListJSON(page).value)
    }

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        guard let record = try await dependencies.repository.partnership(id: try context.pathID()) else {
            throw RegistryError.notFound
        }
        return JSONResponse.response(json: PartnershipJSON.apiItem(record).value)
    }
}

extension PartnershipJSON {
    /// A partnership as the API gives it: the common object (see ``PartnershipJSON``) with `notes` and `version`
    /// after it, since the API edits partnerships and a write needs the version it was based on.
    static func apiItem(_ record: PartnershipRecord) -> PartnershipJSON {
        PartnershipJSON(record, extra: [.notes, .version])
    }
}

/// `{"items": [...], "page", "per", "total"}`, written by hand (`JSONResponse.response(json:)`).
struct PartnershipListJSON: Sendable {
    let value: JSONValue

    init(_ page: PartnershipPage) {
        value = .object([
            ("items", .array(page.items.map { PartnershipJSON.apiItem($0).value })), ("page", .int(page.page)),
            ("per", .int(page.per)), ("total", .int(page.total)),
        ])
    }
}
