import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// A period's activity as the database counts it, on both backends: the same figures as counting the period's
/// exchanges one by one, with the home's units only when a home is given.
@Suite struct ActivityTallyTests {
    typealias Fixture = ExchangeStoreTests.Fixture

    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// Fixture's 外办 (no home) and a 鼓楼区 unit, with five exchanges in 2025 and one on each side of it.
    func seeded(_ f: Fixture) async throws -> Int64 {
        let gulou = try await UnitStore(database: f.database, reference: .bundled).create(
            UnitDraft(nameZh: "区外办", nameEn: "", kind: .district, homeCode: "320106", contactPerson: ""), by: .system
        ).id
        let drafts: [ExchangeDraft] = [
            ExchangeDraft(
                title: "A", start: day("2025-01-10"), end: day("2025-01-12"), kind: .incomingDelegation,
                partnerIds: [f.florence], countries: ["IT"], unitId: f.unit, rank: .city, people: 12,
                domains: ["trade"]),
            ExchangeDraft(
                title: "B", start: day("2025-03-05"), end: day("2025-03-05"), kind: .incomingDelegation,
                countries: ["DE", "IT"], rank: .bureau, domains: ["trade", "culture"]),
            ExchangeDraft(
                title: "C", start: day("2025-06-01"), end: day("2025-06-04"), kind: .outgoingDelegation,
                partnerIds: [f.leipzig], countries: ["DE"], unitId: f.unit, rank: .province, people: 6),
            ExchangeDraft(
                title: "D", start: day("2025-07-01"), end: day("2025-07-03"), kind: .outgoingDelegation,
                countries: ["FR"], unitId: gulou, people: 4),
            ExchangeDraft(
                title: "E", start: day("2025-12-31"), end: day("2025-12-31"), kind: .event, countries: ["IT"],
                unitId: gulou, people: 30, domains: ["culture"]),
            ExchangeDraft(
                title: "Before", start: day("2024-12-31"), end: day("2025-01-02"), kind: .incomingDelegation,
                countries: ["IT"], unitId: gulou, rank: .city, people: 100, domains: ["trade"]),
            ExchangeDraft(
                title: "After", start: day("2026-01-01"), end: day("2026-01-01"), kind: .outgoingDelegation,
                partnerIds: [f.florence], countries: ["IT"], unitId: gulou, people: 9),
        ]
        for draft in drafts { _ = try await f.exchanges.save(draft, id: nil, expectedVersion: nil, actor: .system) }
        return gulou
    }

    @Test(arguments: TestBackend.available)
    func theDatabaseCountsAYearsExchangesByKindDomainUnitAndCountry(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            _ = try await seeded(f)

            let report = try await Services(database: database).reports.activity(
                from: day("2025-01-01"), to: day("2025-12-31"), home: nil)

            // In: A (city-led, 12) and B (no head count); out: C (to Leipzig, 6) and D (4); E is an event.
            #expect(report.incoming == .init(delegations: 2, people: 12))
            #expect(report.incomingCityLeaderOrAbove == .init(delegations: 1, people: 12))
            #expect(report.outgoing == .init(delegations: 2, people: 10) && report.outgoingToPartners == 1)
            #expect(
                report.byKind.filter { $0.1 > 0 }.map { "\($0.0.rawValue) \($0.1)" } == [
                    "incomingDelegation 2", "outgoingDelegation 2", "event 1",
                ])
            #expect(report.byDomain.map { "\($0.0) \($0.1)" } == ["trade 2", "culture 2"])
            // Equal counts by name: 区 (U+533A) before 外 (U+5916); no unit last.
            #expect(report.byUnit.map { "\($0.0) \($0.1)" } == ["区外办 2", "外办 2", "— 1"])
            #expect(report.byCountry.map { "\($0.0) \($0.1)" } == ["IT 3", "DE 2", "FR 1"])
        }
    }

    @Test(arguments: TestBackend.available)
    func aHomeCountsOnlyItsUnitsExchangesAndAHomeWithoutUnitsCountsNone(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            _ = try await seeded(f)
            let reports = Services(database: database).reports
            let localities = ReferenceData.bundled.localities

            let gulou = try await reports.activity(
                from: day("2025-01-01"), to: day("2025-12-31"), home: localities.locality("320106"))
            let elsewhere = try await reports.activity(
                from: day("2025-01-01"), to: day("2025-12-31"), home: localities.locality("320102"))

            // 区外办's D (out, 4 people, FR) and E (event, IT); not Before or After, outside the year.
            #expect(gulou.outgoing == .init(delegations: 1, people: 4) && gulou.outgoingToPartners == 0)
            #expect(gulou.incoming == .init())
            #expect(gulou.byUnit.map { "\($0.0) \($0.1)" } == ["区外办 2"])
            #expect(gulou.byCountry.map { "\($0.0) \($0.1)" } == ["FR 1", "IT 1"])
            #expect(gulou.byDomain.map { "\($0.0) \($0.1)" } == ["culture 1"])
            #expect(elsewhere.byKind.allSatisfy { $0.1 == 0 } && elsewhere.byUnit.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func theCountedReportEqualsTheOneCountedFromTheExchangesThemselves(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            _ = try await seeded(f)
            let units = try await UnitStore(database: database, reference: .bundled).list(includeInactive: true)
            let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.nameZh) })

            for (from, to) in [
                ("2025-01-01", "2025-12-31"), ("2024-12-31", "2026-01-01"), ("2025-06-01", "2025-06-01"),
            ] {
                let counted = try await Services(database: database).reports.activity(
                    from: day(from), to: day(to), home: nil)
                let loaded = ActivityReport(
                    exchanges: try await f.exchanges.exchanges(from: day(from), to: day(to)), from: day(from),
                    to: day(to), domains: try await f.exchanges.domains(), unitNames: names)

                #expect(counted == loaded, "\(from) to \(to)")
            }
        }
    }
}
