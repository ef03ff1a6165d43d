import Foundation
import YouchengCore
import YouchengStore

/// Issue 14's benchmark: `projects` cooperation projects and `prospects` prospects on top of the registry the bench
/// imported, then the indicator table of a year, the unit scorecard, the money table, the funnel's list and a home's
/// pipeline progress, each timed three times in the store (what the pages, the API and the commands ask).
///
/// The data is shaped like a province's: fifty member units that lead unevenly (a few bureaus hold most projects),
/// projects with one or two of the registry's partners that move along lead → intent → signed → landed → completed
/// over 2019–2026 with skips, back steps being rare, one in eight shelved or ended; prospects are real foreign cities
/// of the gazetteer that are not yet partners, with the twenty busiest homes, moving through the pipeline's stages,
/// one in thirty signed (which creates its partnership through the registry's own save).
enum ResultsBench {
    /// The day the bench's data ends on (the other benches' as-of day).
    static let asOf = Day(parsing: "2026-11-23")!

    /// Stores the projects and prospects, then times the reports.
    static func run(projects: Int, prospects: Int, services: Services) async throws {
        let units = try await ensureUnits(services: services)
        let records = try await services.registry.all(PartnershipQuery())
        let partnerIds = Array(Set(records.map(\.partner.id))).sorted()
        var homeCounts: [String: Int] = [:]
        for record in records { homeCounts[record.partnership.homeCode, default: 0] += 1 }
        let homes = homeCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(20).map(\.key)
        guard !partnerIds.isEmpty, !homes.isEmpty else { throw BenchError.emptyRegistry }
        _ = try await measure("store \(projects) projects with histories") {
            try await storeProjects(projects, partnerIds: partnerIds, units: units, services: services)
        }
        let cities = BenchData.partners(
            count: partnerIds.count + prospects, reference: services.reference, gazetteer: .bundled
        ).dropFirst(partnerIds.count)
        _ = try await measure("store \(prospects) prospects with histories") {
            try await storeProspects(Array(cities), homes: homes, units: units, services: services)
        }
        try await timeReports(home: homes[0], services: services)
    }

    /// The fifty units of the plan benchmark, created when missing; their ids, the first five most used.
    static func ensureUnits(services: Services) async throws -> [Int64] {
        let store = services.accounts.units
        var byName = Dictionary(
            try await store.list(includeInactive: true).map { ($0.nameZh, $0.id) }, uniquingKeysWith: { a, _ in a })
        for name in PlanBench.units where byName[name] == nil {
            let kind: UnitKind = name.hasSuffix("区") ? .district : name.hasSuffix("大学") ? .university : .bureau
            let unit = try await store.create(
                UnitDraft(nameZh: name, nameEn: "", kind: kind, homeCode: nil, contactPerson: ""), by: .system)
            byName[name] = unit.id
        }
        return PlanBench.units.compactMap { byName[$0] }
    }

    /// Stores `count` projects, each created at its first stage on a day in 2019–2026 and moved on from there.
    static func storeProjects(_ count: Int, partnerIds: [Int64], units: [Int64], services: Services) async throws {
        var random = SeededRandom(seed: 0x14_2026)
        let store = services.projects
        let kinds = ProjectKind.allCases
        let first = Day(parsing: "2019-01-01")!.ordinal
        let span = asOf.ordinal - first
        let path: [ProjectStage] = [.lead, .intent, .signed, .landed, .completed]
        for i in 0..<count {
            let unit = i % 3 == 0 ? units[random.next(5)] : units[random.next(units.count)]
            let partners = Array(Set((0...random.next(2)).map { _ in partnerIds[random.next(partnerIds.count)] }))
            let draft = ProjectDraft(
                title: "合作项目 \(i + 1)", partnerIds: partners.sorted(), unitId: unit,
                kind: kinds[random.next(kinds.count)])
            var day = Day(ordinal: first + random.next(span))!
            var at = random.next(2)
            let project = try await store.create(draft, stage: path[at], date: day, by: .system)
            // Up to four steps forward, one in five skipping a stage; then one in eight shelved or ended.
            for _ in 0..<random.next(5) where at < path.count - 1 {
                at = min(path.count - 1, at + (random.next(5) == 0 ? 2 : 1))
                day = Day(ordinal: min(asOf.ordinal, day.ordinal + 20 + random.next(300)))!
                _ = try await store.changeStage(
                    id: project.id, to: path[at], date: day, reason: "", expectedVersion: nil, today: asOf,
                    by: .system)
            }
            if at < path.count - 1, random.next(8) == 0 {
                day = Day(ordinal: min(asOf.ordinal, day.ordinal + 30 + random.next(200)))!
                _ = try await store.changeStage(
                    id: project.id, to: random.next(2) == 0 ? .shelved : .ended, date: day, reason: "对方暂缓",
                    expectedVersion: nil, today: asOf, by: .system)
            }
        }
    }

    /// Stores a prospect for each of `cities`, with one of `homes`, moved along the pipeline.
    static func storeProspects(
        _ cities: [CityGazetteer.City], homes: [String], units: [Int64], services: Services
    ) async throws {
        var random = SeededRandom(seed: 0x9_2026)
        let store = services.prospects
        let themes = ["航空航天", "教育", "文化", "港口物流", "生物医药", "新能源", "旅游", "农业"]
        let path: [ProspectStage] = [.identified, .contacted, .negotiating, .letterOfIntent, .submitted, .approved]
        let first = Day(parsing: "2019-01-01")!.ordinal
        for (i, city) in cities.enumerated() {
            let draft = ProspectDraft(
                name: city.name, nameZh: city.nameZh, country: city.country, geonameId: city.id,
                homeCode: homes[i % 3 == 0 ? 0 : random.next(homes.count)],
                unitId: i % 2 == 0 ? units[0] : units[random.next(units.count)],
                themes: [themes[random.next(themes.count)], themes[random.next(themes.count)]])
            var day = Day(ordinal: first + random.next(asOf.ordinal - 60 - first))!
            let prospect = try await store.create(draft, date: day, today: asOf, by: .system)
            var at = 0
            for _ in 0..<random.next(6) where at < path.count - 1 {
                at += 1
                day = Day(ordinal: min(asOf.ordinal, day.ordinal + 10 + random.next(120)))!
                _ = try await store.changeStage(
                    id: prospect.id, ProspectStageRequest(stage: path[at], date: day), expectedVersion: nil,
                    today: asOf, by: .system)
            }
            let ending = random.next(30)
            if ending < 3 {
                // One in thirty signed, from wherever it stands; two in thirty shelved or dropped.
                day = Day(ordinal: min(asOf.ordinal, day.ordinal + 10 + random.next(60)))!
                let request =
                    ending == 0
                    ? ProspectStageRequest(stage: .signed, date: day, kind: .friendshipCity)
                    : ProspectStageRequest(stage: ending == 1 ? .shelved : .dropped, date: day, reason: "暂无进展")
                _ = try await store.changeStage(
                    id: prospect.id, request, expectedVersion: nil, today: asOf, by: .system)
            }
        }
    }

    /// Times each report three times, as a page, the API or a command asks it.
    static func timeReports(home: String, services: Services) async throws {
        let reports = services.indicatorReports(over: services.registry)
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        for round in 1...3 {
            let table = try await measure("indicators for 2025 (\(round))") {
                try await reports.table(year: 2025, today: asOf, timeZone: zone)
            }
            let card = try await measure("unit scorecard for 2025 (\(round))") {
                try await reports.scorecard(year: 2025, today: asOf, timeZone: zone)
            }
            _ = try await measure("money table for 2025 (\(round))") { try await reports.money(year: 2025) }
            let stalled = try await measure("stalled projects, first page (\(round))") {
                try await services.projects.list(
                    try ProjectQuery(parameters: [("stalled", "true")]), days: 90, asOf: asOf)
            }
            let progress = try await measure("pipeline progress of \(home) (\(round))") {
                try await services.prospects.progress(homeCode: home, year: 2026, asOf: asOf)
            }
            if round == 3 {
                print(
                    "results: \(table.lines.count) indicators, \(card.rows.count) units on the scorecard, "
                        + "\(stalled.total) stalled projects, \(progress.signed) signed in 2026 by \(home)")
            }
        }
    }

    /// Why the benchmark cannot run.
    enum BenchError: Error { case emptyRegistry }
}
