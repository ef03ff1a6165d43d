import Hummingbird
import YouchengCore

/// `GET /api/v1/partnerships`: the list as JSON, with the same parameters as the page.
struct PartnershipsAPI: Sendable {
    let dependencies: WebDependencies

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try PartnershipQuery(parameters: try request.queryString().pairs, reference: dependencies.reference)
        let page = try await dependencies.repository.list(query)
        return try JSONResponse.response(PartnershipListJSON(page))
    }
}

/// `{"items": [...], "page", "per", "total"}`.
struct PartnershipListJSON: Encodable, Sendable {
    /// One partnership.
    struct Item: Encodable, Sendable {
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

        private enum CodingKeys: String, CodingKey { case id, home, partner, country, kind, established, status }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(home, forKey: .home)
            try c.encode(partner, forKey: .partner)
            try c.encode(country, forKey: .country)
            try c.encode(kind, forKey: .kind)
            try c.encode(established, forKey: .established)  // null when unknown, never absent
            try c.encode(status, forKey: .status)
        }
    }

    let items: [Item]
    let page: Int
    let per: Int
    let total: Int

    init(_ page: PartnershipPage) {
        items = page.items.map { record in
            Item(
                id: record.partnership.id, home: .init(code: record.home.code, name: record.home.fullName),
                partner: .init(id: record.partner.id, name: record.partner.name, nameZh: record.partner.nameZh),
                country: record.partner.country, kind: record.partnership.kind.rawValue,
                established: record.partnership.established?.description, status: record.partnership.status.rawValue)
        }
        self.page = page.page
        per = page.per
        total = page.total
    }
}
