import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The exchanges list query on both databases: filters combine, sorting and paging happen in SQL, and an export
/// (`all`) has every matching row.
@Suite struct ExchangeQueryStoreTests {
    /// Five exchanges over two units and two partners:
    /// 1. 2024-03-01 incoming, Florence, IT, unit A, city, 10 people, culture
    /// 2. 2024-06-10 outgoing, Florence + Leipzig, IT + DE, unit A, province, 5 people, trade + culture
    /// 3. 2025-01-15 event, Leipzig, DE, unit B, no rank, no count, trade
    /// 4. 2025-05-20 outgoing, no partner, JP, unit B, city, 3 people
    /// 5. 2025-09-01 letter, Florence, IT, unit A, culture
    struct Fixture {
        let store: ExchangeStore
        let ids: [Int64]
        let florence: Int64
        let leipzig: Int64
        let unitA: Int64
        let unitB: Int64

        init(_ database: Database) async throws {
            let registry = RegistryStore(database: database, reference: .bundled)
            func partner(_ name: String, _ zh: String, _ country: String) async throws -> Int64 {
                try await registry.save(
                    PartnershipDraft(
                        homeCode: "320100", partnerName: name, partnerNameZh: zh, country: country, kind: .sisterCity,
                        established: PartialDate(year: 1990), status: .active, notes: ""),
                    id: nil, expectedVersion: nil, actor: .system
                ).partner.id
            }
            florence = try await partner("Florence", "佛罗伦萨", "IT")
            leipzig = try await partner("Leipzig", "莱比锡", "DE")
            let units = UnitStore(database: database, reference: .bundled)
            unitA = try await units.create(
                UnitDraft(nameZh: "外办", nameEn: "FAO", kind: .fao, homeCode: nil, contactPerson: ""), by: .system
            ).id
            unitB = try await units.create(
                UnitDraft(nameZh: "商务局", nameEn: "Commerce", kind: .other, homeCode: nil, contactPerson: ""),
                by: .system
            ).id
            store = ExchangeStore(database: database)
            let drafts = [
                Self.draft(
                    "2024-03-01", .incomingDelegation, "A visit", [florence], ["IT"], unitA, .city, 10, ["culture"]),
                Self.draft(
                    "2024-06-10", .outgoingDelegation, "B trip", [florence, leipzig], ["IT", "DE"], unitA, .province, 5,
                    ["trade", "culture"]),
                Self.draft("2025-01-15", .event, "C forum", [leipzig], ["DE"], unitB, nil, nil, ["trade"]),
                Self.draft("2025-05-20", .outgoingDelegation, "D trip", [], ["JP"], unitB, .city, 3, []),
                Self.draft("2025-09-01", .letter, "E letter", [florence], ["IT"], unitA, nil, nil, ["culture"]),
            ]
            var ids: [Int64] = []
            for draft in drafts {
                ids.append(try await store.save(draft, id: nil, expectedVersion: nil, actor: .system).id)
            }
            self.ids = ids
        }

        static func draft(
            _ start: String, _ kind: ExchangeKind, _ title: String, _ partners: [Int64], _ countries: [String],
            _ unit: Int64, _ rank: LeaderRank?, _ people: Int?, _ domains: [String]
        ) -> ExchangeDraft {
            let day = Day(parsing: start)!
            return ExchangeDraft(
                title: title, start: day, end: day, kind: kind, partnerIds: partners, countries: countries,
                unitId: unit, rank: rank, people: people, domains: domains)
        }

        /// The fixture numbers (1–5) of a page's exchanges, in order.
        func numbers(_ exchanges: [Exchange]) -> [Int] {
            exchanges.compactMap { e in ids.firstIndex(of: e.id).map { $0 + 1 } }
        }

        func list(_ parameters: [(String, String)]) async throws -> (numbers: [Int], total: Int) {
            let query = try ExchangeQuery(
                parameters: parameters, reference: .bundled, domains: ExchangeDomain.defaults)
            let page = try await store.list(query)
            return (numbers(page.items), page.total)
        }
    }

    @Test(arguments: TestBackend.available)
    func theListIsNewestFirstAndFiltersCombine(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)

            #expect(try await f.list([]) == ([5, 4, 3, 2, 1], 5))
            #expect(try await f.list([("from", "2025-01-01")]) == ([5, 4, 3], 3))
            #expect(
                try await f.list([("from", "2024-01-01"), ("to", "2024-12-31"), ("kind", "outgoingDelegation")])
                    == ([2], 1))
            #expect(try await f.list([("kind", "outgoingDelegation"), ("kind", "event")]) == ([4, 3, 2], 3))
            #expect(try await f.list([("partner", String(f.florence))]) == ([5, 2, 1], 3))
            #expect(
                try await f.list([
                    ("partner", String(f.florence)), ("unit", String(f.unitA)), ("domain", "culture"),
                    ("country", "IT"),
                ]) == ([5, 2, 1], 3))
            #expect(try await f.list([("partner", String(f.florence)), ("rank", "city")]) == ([1], 1))
            #expect(try await f.list([("country", "DE"), ("country", "JP")]) == ([4, 3, 2], 3))
            #expect(try await f.list([("domain", "trade"), ("unit", String(f.unitB))]) == ([3], 1))
            #expect(try await f.list([("partner", "999999")]) == ([], 0))
        }
    }

    @Test(arguments: TestBackend.available)
    func sortingAndPagingHappenInTheQuery(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)

            #expect(try await f.list([("sort", "title")]).numbers == [1, 2, 3, 4, 5])
            #expect(try await f.list([("sort", "-title")]).numbers == [5, 4, 3, 2, 1])
            #expect(try await f.list([("sort", "start")]).numbers == [1, 2, 3, 4, 5])
            // Unrecorded head counts last, either way.
            #expect(try await f.list([("sort", "people")]).numbers == [4, 2, 1, 5, 3])
            #expect(try await f.list([("sort", "-people")]).numbers == [1, 2, 4, 5, 3])
            #expect(try await f.list([("per", "2"), ("page", "2")]) == ([3, 2], 5))
            #expect(try await f.list([("per", "2"), ("page", "4")]) == ([], 5))
            let all = try await f.store.all(
                try ExchangeQuery(
                    parameters: [("partner", String(f.florence)), ("per", "1")], reference: .bundled,
                    domains: ExchangeDomain.defaults))
            #expect(f.numbers(all) == [5, 2, 1])
            #expect(all.first?.draft.countries == ["IT"] && all.dropFirst().first?.draft.partnerIds.count == 2)
        }
    }
}
