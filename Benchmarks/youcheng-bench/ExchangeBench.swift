import Foundation
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore

/// Synthetic exchanges over the benchmark registry's partners, and the timings issue 5 asks for: the dormant list,
/// a year's activity, one partner's timeline.
enum ExchangeBench {
    /// `count` exchanges from 2000 to 2026 over four fifths of `partnerIds` (the rest stay dormant), deterministic.
    static func drafts(count: Int, partnerIds: [Int64], countries: [String]) -> [ExchangeDraft] {
        var random = SeededRandom(seed: 0x5EED)
        func next(_ bound: Int) -> Int { random.next(bound) }
        let active = Array(partnerIds.prefix(partnerIds.count * 4 / 5))
        let first = Day(parsing: "2000-01-01")!.ordinal
        let span = Day(parsing: "2026-11-23")!.ordinal - first
        let kinds = ExchangeKind.allCases
        let domains = ExchangeDomain.defaults.map(\.code)
        return (0..<count).map { i in
            let start = Day(ordinal: first + next(span))!
            let kind = i % 3 == 0 ? .incomingDelegation : i % 3 == 1 ? .outgoingDelegation : kinds[next(kinds.count)]
            let partners = next(5) == 0 ? [] : (0..<(1 + next(2))).map { _ in active[next(active.count)] }
            return ExchangeDraft(
                title: "Bench exchange \(i)", start: start, end: Day(ordinal: start.ordinal + next(12)) ?? start,
                kind: kind, partnerIds: partners,
                countries: (0..<(1 + next(4))).map { _ in countries[next(countries.count)] },
                rank: LeaderRank.allCases[next(4)], people: 1 + next(30),
                domains: (0..<(1 + next(3))).map { _ in domains[next(domains.count)] })
        }
    }

    /// Writes the `count` exchanges `run` would store as an exchanges CSV at `path`, as `youcheng export` writes one
    /// (partners by a name that means them alone, or by a shared name and their country; countries, kinds, ranks
    /// and domains in Chinese), for timing
    /// `youcheng import` on it; nothing is stored.
    static func writeCSV(count: Int, to path: String, services: Services) async throws {
        let (registry, reference) = (services.registry, services.reference)
        let partners = Array(Set(try await registry.all(PartnershipQuery()).map(\.partner.id))).sorted()
        let countries = reference.countries.byAlpha2.keys.filter { !["CN", "HK", "MO", "TW"].contains($0) }.sorted()
        let stored = try await registry.partners()
        let importer = ExchangeImporter(
            reference: reference, partners: stored,
            units: try await services.accounts.units.list(includeInactive: true),
            domains: try await services.exchanges.domains())
        // Each row lists its partners' countries first, as a real file does: they tell apart partners sharing a name.
        // A partner whose shared name the row's countries still leave open (two namesakes' countries) is left out.
        let byId = Dictionary(stored.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byName: [String: [Partner]] = [:]
        for partner in stored {
            for key in Set([partner.name, partner.nameZh].map(NameKey.fold)) where !key.isEmpty {
                byName[key, default: []].append(partner)
            }
        }
        func named(_ id: Int64, in countries: [String]) -> Bool {
            let namesakes = byName[NameKey.fold(importer.uniqueName(partnerId: id))] ?? []
            return namesakes.count == 1 || namesakes.filter { countries.contains($0.country) }.map(\.id) == [id]
        }
        let exchanges = drafts(count: count, partnerIds: partners, countries: countries).enumerated().map {
            var draft = $0.element
            draft.countries = draft.partnerIds.compactMap { byId[$0]?.country } + draft.countries
            draft.partnerIds = draft.partnerIds.filter { named($0, in: draft.countries) }
            return Exchange(id: Int64($0.offset + 1), draft: draft)
        }
        let data = try ExchangeFiles.export(exchanges, format: .csv, importer: importer)
        try data.write(to: URL(fileURLWithPath: path))
        print("wrote \(count) exchanges, \(data.count / 1024) KiB CSV, to \(path)")
    }

    static func run(count: Int, services: Services) async throws {
        let (registry, reference) = (services.registry, services.reference)
        let partners = Array(Set(try await registry.all(PartnershipQuery()).map(\.partner.id))).sorted()
        let countries = reference.countries.byAlpha2.keys.filter { !["CN", "HK", "MO", "TW"].contains($0) }.sorted()
        let drafts = drafts(count: count, partnerIds: partners, countries: countries)
        let store = services.exchanges
        _ = try await measure("store \(count) exchanges, \(partners.count) partners") {
            try await store.insertAll(drafts, actor: .system)
        }
        let reports = services.reports
        let asOf = Day(parsing: "2026-11-23")!
        let dormant = try await measure("dormant list (3 years)") {
            try await reports.dormant(years: 3, asOf: asOf, home: nil)
        }
        let year = try await measure("activity for 2025") {
            try await reports.activity(from: Day(parsing: "2025-01-01")!, to: Day(parsing: "2025-12-31")!, home: nil)
        }
        let busy = partners[partners.count / 2]
        let timeline = try await measure("partner timeline (×100, total)") {
            var last: [Exchange] = []
            for _ in 0..<100 { last = try await store.timeline(partnerId: busy) }
            return last
        }
        let breaking = try await measure("compliance for 2025") {
            try await reports.compliance(from: Day(parsing: "2025-01-01")!, to: Day(parsing: "2025-12-31")!)
        }
        print(
            "exchanges: \(dormant.count) dormant; 2025: \(year.incoming.delegations) in, \(year.outgoing.delegations) out; timeline \(timeline.count); \(breaking.count) trips break a rule"
        )
    }
}
