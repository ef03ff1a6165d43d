import Foundation
import Logging
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The registry in memory answers every list, count and summary exactly as SQL does, for a few hundred random
/// filters, before and after writes, including writes made by a second server on the same database.
@Suite struct RegistryReadModelTests {
    static let homes = ["110000", "110105", "320000", "320100", "320106", "320500", "440300", "440305", "510100"]
    static let partners: [(String, String, String)] = [
        ("Florence", "佛罗伦萨", "IT"), ("Nagoya", "名古屋", "JP"), ("Osaka", "大阪", "JP"), ("Auckland", "奥克兰", "NZ"),
        ("Malmö", "马尔默", "SE"), ("St. Louis", "圣路易斯", "US"), ("Hamburg", "汉堡", "DE"), ("Leipzig", "莱比锡", "DE"),
        ("Mombasa", "蒙巴萨", "KE"), ("Perth", "珀斯", "AU"), ("Lyon", "里昂", "FR"), ("Busan", "釜山", "KR"),
    ]
    static let notes = ["", "", "Visit in MAY", "signed 100% in_person", "Trade office", "youth exchange"]
    static let texts = [
        "古屋", "大阪", "佛罗", "may", "Trade", "100%", "in_p", "_", "%", "日本", "Germany", "德国", "lyon", "st louis",
        "malmo", "ham", "o", "圣",
    ]

    /// A small generator with a fixed seed, so a failure can be run again.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func date(_ random: inout Seeded) -> String {
        let year = Int.random(in: 1979...1990, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return "\(year)"
        case 1: return String(format: "%d-%02d", year, Int.random(in: 1...12, using: &random))
        default:
            return String(
                format: "%d-%02d-%02d", year, Int.random(in: 1...12, using: &random),
                Int.random(in: 1...28, using: &random))
        }
    }

    static func draft(_ random: inout Seeded) -> PartnershipDraft {
        let partner = partners.randomElement(using: &random)!
        return PartnershipDraft(
            homeCode: homes.randomElement(using: &random)!, partnerName: partner.0, partnerNameZh: partner.1,
            country: partner.2, kind: PartnershipKind.allCases.randomElement(using: &random)!,
            established: Bool.random(using: &random) ? PartialDate(parsing: date(&random)) : nil,
            status: PartnershipStatus.allCases.randomElement(using: &random)!,
            notes: notes.randomElement(using: &random)!)
    }

    static func query(_ random: inout Seeded) throws -> PartnershipQuery {
        var parameters: [(String, String)] = []
        func maybe(_ name: String, _ values: [String]) {
            if Int.random(in: 0..<4, using: &random) == 0 {
                parameters.append((name, values.randomElement(using: &random)!))
            }
        }
        maybe("q", texts)
        maybe("country", ["JP", "DE", "IT", "US"])
        maybe("continent", Continent.allCases.map(\.rawValue))
        maybe("group", ["RCEP", "EU", "BRI-MOU"])
        maybe("kind", PartnershipKind.allCases.map(\.rawValue))
        maybe("level", ["province", "city", "district"])
        maybe("home", ["320000", "110000", "440300", "320100"])
        maybe("status", PartnershipStatus.allCases.map(\.rawValue))
        maybe("status", PartnershipStatus.allCases.map(\.rawValue))
        maybe("from", [date(&random)])
        maybe("to", [date(&random)])
        let column = PartnershipQuery.SortColumn.allCases.randomElement(using: &random)!.rawValue
        parameters.append(("sort", (Bool.random(using: &random) ? "-" : "") + column))
        parameters.append(("per", String(Int.random(in: 1...12, using: &random))))
        parameters.append(("page", String(Int.random(in: 1...3, using: &random))))
        return try PartnershipQuery(parameters: parameters, reference: .bundled)
    }

    /// Entries as a multiset, since neither side promises an order.
    static func tally(_ entries: [SituationSummary.Entry]) -> [SituationSummary.Entry: Int] {
        entries.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    func expectAgreement(_ store: RegistryStore, queries: Int, random: inout Seeded) async throws {
        for _ in 0..<queries {
            let query = try Self.query(&random)
            let memory = try await store.list(query)
            let sql = try await store.listFromSQL(query)
            #expect(memory == sql, "list \(query.parameters(includePage: true))")
            if query.page == 1 { #expect(try await store.all(query) == (try await store.allFromSQL(query))) }
        }
        for home in [nil, "320000", "110000"] {
            let codes = home.map { ReferenceData.bundled.localities.subtree(of: $0) }
            let asOf = PartialDate(parsing: Self.date(&random))!
            let memory = try await store.summaryEntries(homeCodes: codes, asOf: asOf)
            let sql = try await store.summaryEntriesFromSQL(homeCodes: codes, asOf: asOf)
            #expect(Self.tally(memory) == Self.tally(sql), "summary \(home ?? "all") \(asOf)")
            let locality = home.flatMap { ReferenceData.bundled.localities.locality($0) }
            let counted = SituationSummary(
                entries: sql, catalog: ReferenceData.bundled.countries, asOf: asOf.description, home: locality)
            // Asked twice: the second answer comes from the snapshot's memory and must still be this one.
            for _ in 0..<2 {
                #expect(try await store.situation(home: locality, asOf: asOf, reference: .bundled) == counted)
            }
        }
        #expect(try await store.count() == (try await store.countFromSQL()))
        for id in 1...Int64(Self.partners.count) {
            let memory = try await store.partner(id: id)
            let sql = try await store.partnerFromSQL(id: id)
            #expect(memory?.partner == sql?.partner && memory?.partnerships == sql?.partnerships)
        }
    }

    @Test(arguments: TestBackend.available)
    func theReadModelAgreesWithSQLBeforeAndAfterWritesFromEitherServer(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            var random = Seeded(state: 20_261_207)
            let store = RegistryStore(database: database, reference: .bundled)
            var ids: [Int64] = []
            while ids.count < 60 {
                if let saved = try? await store.save(Self.draft(&random), id: nil, expectedVersion: nil, actor: .system)
                {
                    ids.append(saved.partnership.id)
                }
            }
            try await expectAgreement(store, queries: 200, random: &random)

            // Writes through this server: an edit, a delete, a new partnership.
            let edited = try #require(try await store.partnership(id: ids[3]))
            var draft = Self.draft(&random)
            draft.homeCode = edited.home.code
            draft.partnerName = edited.partner.name
            draft.partnerNameZh = edited.partner.nameZh
            draft.country = edited.partner.country
            draft.notes = "Edited by this server"
            _ = try await store.save(draft, id: ids[3], expectedVersion: edited.partnership.version, actor: .system)
            _ = try await store.delete(id: ids[4], expectedVersion: nil, actor: .system)
            #expect(
                try await store.list(try PartnershipQuery(parameters: [("q", "edited by")], reference: .bundled)).total
                    == 1)
            #expect(try await store.partnership(id: ids[4]) == nil)
            try await expectAgreement(store, queries: 100, random: &random)

            // A second server on the same database writes; this one sees it on its next read.
            let other = try await Database.open(
                database.url, logger: Logger(label: "test"), poolSize: 2, migrate: false)
            do {
                let second = RegistryStore(database: other, reference: .bundled)
                var fresh = Self.draft(&random)
                fresh.partnerName = "Kraków"
                fresh.partnerNameZh = "克拉科夫"
                fresh.country = "PL"
                let created = try await second.save(fresh, id: nil, expectedVersion: nil, actor: .system)
                _ = try await second.delete(id: ids[5], expectedVersion: nil, actor: .system)
                #expect(try await store.partnership(id: created.partnership.id)?.partner.name == "Kraków")
                #expect(try await store.partnership(id: ids[5]) == nil)
                #expect(try await store.partners().contains { $0.name == "Kraków" })
                try await expectAgreement(store, queries: 100, random: &random)
                try await expectAgreement(second, queries: 50, random: &random)
                await other.close()
            } catch {
                await other.close()
                throw error
            }
        }
    }
}
