import Foundation
import YouchengCore
import YouchengStore

/// The figures of `youcheng dormant`, `activity` and `compliance`, over one database; the commands print them.
public struct ExchangeReports: Sendable {
    let database: Database
    let reference: ReferenceData

    /// Creates the reports over `database`.
    public init(database: Database, reference: ReferenceData) {
        self.database = database
        self.reference = reference
    }

    /// The dormant partnerships at `asOf` (of homes at or under `home`), with `years` or the configured threshold.
    public func dormant(years: Int?, asOf: Day, home: Locality?) async throws -> [DormantRule.Finding] {
        var threshold = years ?? 0
        if years == nil { threshold = try await SettingsStore(database: database).dormantYears() }
        var query = PartnershipQuery()
        query.home = home
        let records = try await RegistryStore(database: database, reference: reference).all(query)
        let last = try await ExchangeStore(database: database).lastExchanges(asOf: asOf)
        return DormantRule(years: threshold).dormant(records, lastExchange: last, asOf: asOf)
    }

    /// The activity of the period; with `home`, only exchanges organized by units at or under it.
    public func activity(from: Day, to: Day, home: Locality?) async throws -> ActivityReport {
        let store = ExchangeStore(database: database)
        let units = try await UnitStore(database: database, reference: reference).list(includeInactive: true)
        var exchanges = try await store.exchanges(from: from, to: to)
        if let home {
            let area = Set(reference.localities.subtree(of: home.code))
            let local = Set(units.filter { $0.homeCode.map(area.contains) ?? false }.map(\.id))
            exchanges = exchanges.filter { $0.unitId.map(local.contains) ?? false }
        }
        return ActivityReport(
            exchanges: exchanges, from: from, to: to, domains: try await store.domains(),
            unitNames: Dictionary(units.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The outgoing delegations of the period that break a rule, in start order, with the rules broken.
    public func compliance(from: Day, to: Day) async throws -> [(exchange: Exchange, breaches: [ComplianceBreach])] {
        let rules = try await SettingsStore(database: database).complianceRules()
        return try await ExchangeStore(database: database).exchanges(from: from, to: to).compactMap { exchange in
            let breaches = rules.check(exchange)
            return breaches.isEmpty ? nil : (exchange, breaches)
        }
    }
}

extension ExchangeReports {
    /// `[{"partnershipId", "home", "partner": {"name", "nameZh"}, "country", "established", "lastExchange"}]`.
    public static func dormantJSON(_ findings: [DormantRule.Finding]) -> JSONValue {
        .array(
            findings.map { finding in
                let record = finding.record
                return .object([
                    ("partnershipId", .int(Int(record.partnership.id))), ("home", .string(record.home.fullName)),
                    (
                        "partner",
                        .object([("name", .string(record.partner.name)), ("nameZh", .string(record.partner.nameZh))])
                    ),
                    ("country", .string(record.partner.country)),
                    ("established", record.partnership.established.map { .string($0.description) } ?? .null),
                    ("lastExchange", finding.lastExchange.map { .string($0.description) } ?? .null),
                ])
            })
    }

    /// One line per dormant partnership: home, partner, country, established, last exchange (or never).
    public static func dormantText(_ findings: [DormantRule.Finding], language: Language, catalog: CountryCatalog)
        -> String
    {
        guard !findings.isEmpty else {
            return language == .zh ? "没有休眠友城。" : "No dormant partnerships."
        }
        return findings.map { finding in
            let record = finding.record
            let country = catalog.country(record.partner.country)?.label.text(language) ?? record.partner.country
            let established = record.partnership.established?.display(language) ?? "—"
            let last = finding.lastExchange?.description ?? (language == .zh ? "从无交流" : "never")
            return language == .zh
                ? "\(record.home.fullName)\t\(record.partner.displayName(.zh))（\(country)）\t结好 \(established)\t最近交流 \(last)"
                : "\(record.home.fullName)\t\(record.partner.displayName(.en)) (\(country))\tsince \(established)\tlast exchange \(last)"
        }.joined(separator: "\n")
    }

    /// `[{"id", "title", "start", "end", "countries", "days", "people", "breaches": [{"rule", "message"}]}]`.
    public static func complianceJSON(
        _ found: [(exchange: Exchange, breaches: [ComplianceBreach])], language: Language
    ) -> JSONValue {
        .array(
            found.map { exchange, breaches in
                .object([
                    ("id", .int(Int(exchange.id))), ("title", .string(exchange.title)),
                    ("start", .string(exchange.start.description)), ("end", .string(exchange.end.description)),
                    ("countries", .array(exchange.countries.map { .string($0) })), ("days", .int(exchange.days)),
                    ("people", exchange.people.map { .int($0) } ?? .null),
                    (
                        "breaches",
                        .array(
                            breaches.map {
                                .object([("rule", .string($0.code)), ("message", .string($0.message.text(language)))])
                            })
                    ),
                ])
            })
    }
}
