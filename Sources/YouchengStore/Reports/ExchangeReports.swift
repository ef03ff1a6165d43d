import Foundation
import YouchengCore

/// The figures of the dormant list, a period's activity and the compliance check, over one database: the commands
/// print them and the pages show them.
public struct ExchangeReports: Sendable {
    let registry: any RegistryRepository
    let exchanges: ExchangeStore
    let units: UnitStore
    let settings: SettingsStore
    let plans: PlanStore
    let reference: ReferenceData

    /// Creates the reports over the stores of one database (``Services/reports`` makes them so).
    public init(
        registry: any RegistryRepository, exchanges: ExchangeStore, units: UnitStore, settings: SettingsStore,
        plans: PlanStore, reference: ReferenceData
    ) {
        self.registry = registry
        self.exchanges = exchanges
        self.units = units
        self.settings = settings
        self.plans = plans
        self.reference = reference
    }

    /// The dormant partnerships at `asOf` (of homes at or under `home`), with `years` or the configured threshold.
    public func dormant(years: Int?, asOf: Day, home: Locality?) async throws -> [DormantRule.Finding] {
        var threshold = years ?? 0
        if years == nil { threshold = try await settings.dormantYears() }
        var query = PartnershipQuery()
        query.home = home
        let records = try await registry.all(query)
        let last = try await exchanges.lastExchanges(asOf: asOf)
        return DormantRule(years: threshold).dormant(records, lastExchange: last, asOf: asOf)
    }

    /// The round anniversaries from `from` to `to` of partnerships at or under `home`.
    public func anniversaries(from: Day, to: Day, home: Locality?) async throws -> [Anniversary] {
        var query = PartnershipQuery()
        query.home = home
        return AnniversaryRule().anniversaries(try await registry.all(query), from: from, to: to)
    }

    /// The activity of the period; with `home`, only exchanges organized by units at or under it. The database
    /// counts it; the period's exchanges are not loaded.
    public func activity(from: Day, to: Day, home: Locality?) async throws -> ActivityReport {
        let units = try await units.list(includeInactive: true)
        let tally = try await exchanges.activityTally(
            from: from, to: to, unitIds: home.map { localUnits($0, units) }.map { Array($0).sorted() },
            unitNames: Dictionary(units.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { first, _ in first }))
        return ActivityReport(tally: tally, from: from, to: to, domains: try await exchanges.domains())
    }

    /// The exchanges starting in the period; with `home`, only those organized by units at or under it.
    public func exchanges(from: Day, to: Day, home: Locality?) async throws -> [Exchange] {
        let all = try await exchanges.exchanges(from: from, to: to)
        guard let home else { return all }
        let local = localUnits(home, try await units.list(includeInactive: true))
        return all.filter { $0.draft.unitId.map(local.contains) ?? false }
    }

    /// The ids of `units` whose home is `home` or lies under it.
    private func localUnits(_ home: Locality, _ units: [MemberUnit]) -> Set<Int64> {
        let area = Set(reference.localities.subtree(of: home.code))
        return Set(units.filter { $0.homeCode.map(area.contains) ?? false }.map(\.id))
    }

    /// The outgoing delegations of the period that break a rule, in start order, with the rules broken.
    public func compliance(from: Day, to: Day) async throws -> [(exchange: Exchange, breaches: [ComplianceBreach])] {
        let rules = try await settings.complianceRules()
        return try await exchanges.exchanges(from: from, to: to).compactMap { exchange in
            let breaches = rules.check(exchange.draft)
            return breaches.isEmpty ? nil : (exchange, breaches)
        }
    }
}
