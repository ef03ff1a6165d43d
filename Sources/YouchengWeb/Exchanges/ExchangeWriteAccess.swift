import YouchengCore

/// What the exchange pages look up besides the exchanges themselves.
struct ExchangeContext: Sendable {
    /// Reads partner, country and domain names as an exchanges file's are read.
    let importer: ExchangeImporter
    /// Every unit, inactive ones too (old exchanges keep theirs).
    let units: [MemberUnit]
    /// The domain list, retired domains too.
    let domains: [ExchangeDomain]
    /// The rules outgoing delegations are checked against.
    let rules: ComplianceRules

    /// Partners by id.
    let partnersById: [Int64: Partner]
    /// Units by id.
    let unitsById: [Int64: MemberUnit]
    /// Domains by code.
    let domainsByCode: [String: ExchangeDomain]

    init(importer: ExchangeImporter, units: [MemberUnit], domains: [ExchangeDomain], rules: ComplianceRules) {
        self.importer = importer
        self.units = units
        self.domains = domains
        self.rules = rules
        partnersById = Dictionary(importer.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        unitsById = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        domainsByCode = Dictionary(domains.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A unit's name in `language`.
    func unitName(_ id: Int64?, _ language: Language) -> String {
        guard let unit = id.flatMap({ unitsById[$0] }) else { return "" }
        return language == .zh || unit.nameEn.isEmpty ? unit.nameZh : unit.nameEn
    }
}

extension WebDependencies {
    /// The partners, units, domains and rules the exchange pages need, read once per request.
    func exchangeContext() async throws -> ExchangeContext {
        let unique = try await repository.partners()
        let units = try await accounts.units.list(includeInactive: true)
        let domains = try await exchanges.domains()
        return ExchangeContext(
            importer: ExchangeImporter(reference: reference, partners: unique, units: units, domains: domains),
            units: units, domains: domains, rules: try await settings.complianceRules())
    }

    /// The stored exchange `id` if `principal` may change it; `ExchangeError.notFound` or `AccessDenied` otherwise.
    func writableExchange(id: Int64, principal: Principal) async throws -> Exchange {
        guard let exchange = try await exchanges.exchange(id: id) else { throw ExchangeError.notFound }
        guard policy.mayWriteExchange(unitId: exchange.draft.unitId, as: principal) else { throw AccessDenied() }
        return exchange
    }

    /// Throws `AccessDenied` unless `principal` may save `draft` as a new exchange (`stored` nil) or as the new
    /// values of `stored`; editors keep to their own unit both ways.
    func authorize(_ draft: ExchangeDraft, stored: Exchange?, principal: Principal) throws {
        let allowed =
            stored.map { policy.mayEditExchange(unitId: $0.draft.unitId, newUnitId: draft.unitId, as: principal) }
            ?? policy.mayWriteExchange(unitId: draft.unitId, as: principal)
        guard allowed else { throw AccessDenied() }
    }
}
