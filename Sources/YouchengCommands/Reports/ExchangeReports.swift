import YouchengCore
import YouchengStore

extension ExchangeReports {
    /// `[{"partnership": {…}, "lastExchange"}]`: the partnership as every JSON output gives it
    /// (``PartnershipJSON``), the last exchange's start date or null.
    public static func dormantJSON(_ findings: [DormantRule.Finding]) -> JSONValue {
        .array(
            findings.map { finding in
                .object([
                    ("partnership", PartnershipJSON(finding.record).value),
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
                let trip = exchange.draft
                let rules: [JSONValue] = breaches.map {
                    .object([("rule", .string($0.code)), ("message", .string($0.message.text(language)))])
                }
                return .object([
                    ("id", .int(Int(exchange.id))), ("title", .string(trip.title)),
                    ("start", .string(trip.start.description)), ("end", .string(trip.end.description)),
                    ("countries", .array(trip.countries.map { .string($0) })), ("days", .int(trip.days)),
                    ("people", trip.people.map { .int($0) } ?? .null), ("breaches", .array(rules)),
                ])
            })
    }

    /// `[{"partnership": {…}, "years", "date"}]`: the partnership as every JSON output gives it
    /// (``PartnershipJSON``), `date` at the established date's precision.
    public static func anniversariesJSON(_ found: [Anniversary]) -> JSONValue {
        .array(
            found.map { anniversary in
                .object([
                    ("partnership", PartnershipJSON(anniversary.record).value), ("years", .int(anniversary.years)),
                    ("date", .string(anniversary.date.description)),
                ])
            })
    }
}
