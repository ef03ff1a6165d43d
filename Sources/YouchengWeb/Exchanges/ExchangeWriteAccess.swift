import Foundation
import YouchengCore

/// What the exchange pages look up besides the exchanges themselves.
struct ExchangeContext: Sendable {
    /// Every registered partner, in id order.
    let partners: [Partner]
    /// Every unit, inactive ones too (old exchanges keep theirs).
    let units: [MemberUnit]
    /// The domain list, retired domains too.
    let domains: [ExchangeDomain]
    /// The rules outgoing delegations are checked against.
    let rules: ComplianceRules
    /// Countries to read names against.
    let reference: ReferenceData

    /// Partners by id.
    let partnersById: [Int64: Partner]
    /// Units by id.
    let unitsById: [Int64: MemberUnit]
    /// Domains by code.
    let domainsByCode: [String: ExchangeDomain]

    init(
        partners: [Partner], units: [MemberUnit], domains: [ExchangeDomain], rules: ComplianceRules,
        reference: ReferenceData
    ) {
        self.partners = partners
        self.units = units
        self.domains = domains
        self.rules = rules
        self.reference = reference
        partnersById = Dictionary(partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        unitsById = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        domainsByCode = Dictionary(domains.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads partner, country, unit and domain names as an exchanges file's are read. Made on first use, once per
    /// context: it folds every partner's names, which the list never needs.
    var importer: ExchangeImporter {
        made.importer { ExchangeImporter(reference: reference, partners: partners, units: units, domains: domains) }
    }
    private let made = MadeOnce()

    /// The importer once made (a class, so copies of the context share it).
    // Why `@unchecked Sendable` is safe: its one mutable value is read and written only under `lock`.
    private final class MadeOnce: @unchecked Sendable {  // see the comment above
        private let lock = NSLock()
        private var value: ExchangeImporter?

        func importer(_ make: () -> ExchangeImporter) -> ExchangeImporter {
            lock.withLock {
                if let value { return value }
                let made = make()
                value = made
                return made
            }
        }
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
        ExchangeContext(
            partners: try await repository.partners(), units: try await accounts.units.list(includeInactive: true),
            domains: try await exchanges.domains(), rules: try await settings.complianceRules(), reference: reference)
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
