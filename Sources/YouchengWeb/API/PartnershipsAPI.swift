import Hummingbird
import YouchengCore

/// `GET /api/v1/partnerships`: the list as JSON, with the same parameters as the page; `GET …/{id}`: one.
struct PartnershipsAPI: Sendable {
    let dependencies: WebDependencies

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try PartnershipQuery(parameters: try request.queryString().pairs, reference: dependencies.reference)
        let page = try await dependencies.repository.list(query)
        return try JSONResponse.response(PartnershipListJSON(page))
    }

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        guard let record = try await dependencies.repository.partnership(id: try context.pathID()) else {
            throw RegistryError.notFound
        }
        return try JSONResponse.response(PartnershipJSON(record))
    }
}

/// One partnership as the API gives it: `{"id", "home": {"code", "name"}, "partner": {"id", "name", "nameZh"},
/// "country", "kind", "established", "status", "notes", "version"}`; `established` is null when unknown.
struct PartnershipJSON: Encodable, Sendable {
    struct Home: Encodable, Sendable {
        let code: String
        let name: String
    }

    struct PartnerRef: Encodable, Sendable {
        let id: Int64
        let name: String
        let nameZh: String
    }

    let id: Int64
    let home: Home
    let partner: PartnerRef
    let country: String
    let kind: String
    let established: String?
    let status: String
    let notes: String
    let version: Int

    init(_ record: PartnershipRecord) {
        id = record.partnership.id
        home = Home(code: record.home.code, name: record.home.fullName)
        partner = PartnerRef(id: record.partner.id, name: record.partner.name, nameZh: record.partner.nameZh)
        country = record.partner.country
        kind = record.partnership.kind.rawValue
        established = record.partnership.established?.description
        status = record.partnership.status.rawValue
        notes = record.partnership.notes
        version = record.partnership.version
    }

    private enum CodingKeys: String, CodingKey {
        case id, home, partner, country, kind, established, status, notes, version
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(home, forKey: .home)
        try c.encode(partner, forKey: .partner)
        try c.encode(country, forKey: .country)
        try c.encode(kind, forKey: .kind)
        try c.encode(established, forKey: .established)  // null when unknown, never absent
        try c.encode(status, forKey: .status)
        try c.encode(notes, forKey: .notes)
        try c.encode(version, forKey: .version)
    }
}

/// `{"items": [...], "page", "per", "total"}`.
struct PartnershipListJSON: Encodable, Sendable {
    let items: [PartnershipJSON]
    let page: Int
    let per: Int
    let total: Int

    init(_ page: PartnershipPage) {
        items = page.items.map(PartnershipJSON.init)
        self.page = page.page
        per = page.per
        total = page.total
    }
}
