import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Exchanges on both databases: their lists round-trip, changes are versioned and audited, the queries the
/// analytics use (period, timeline, last exchange per partner) return what was stored.
@Suite struct ExchangeStoreTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// Two partners (Florence, Leipzig) and a unit, on a fresh database.
    struct Fixture {
        let exchanges: ExchangeStore
        let florence: Int64
        let leipzig: Int64
        let unit: Int64
        let database: Database

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
            unit = try await UnitStore(database: database, reference: .bundled).create(
                UnitDraft(nameZh: "外办", nameEn: "FAO", kind: .fao, homeCode: nil, contactPerson: ""), by: .system
            ).id
            exchanges = ExchangeStore(database: database)
            self.database = database
        }
    }

    func trip(_ f: Fixture, _ start: String, _ title: String = "Trip", partners: [Int64]) -> ExchangeDraft {
        ExchangeDraft(
            title: title, start: day(start), end: day(start), kind: .outgoingDelegation, partnerIds: partners,
            countries: ["IT", "DE"], unitId: f.unit, rank: .city, people: 6, domains: ["trade", "culture"],
            outcomes: "MoU", members: [DelegationMember(name: "王明", unit: "外办", title: "主任")])
    }

    @Test(arguments: TestBackend.available)
    func anExchangeRoundTripsWithItsListsAndIsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let saved = try await f.exchanges.save(
                trip(f, "2025-05-01", partners: [f.leipzig, f.florence]), id: nil, expectedVersion: nil, actor: .system)

            let read = try #require(try await f.exchanges.exchange(id: saved.id))

            #expect(read == saved)
            #expect(read.draft.partnerIds == [f.florence, f.leipzig].sorted())
            #expect(read.draft.countries == ["DE", "IT"] && read.draft.domains == ["culture", "trade"])
            #expect(read.draft.members == [DelegationMember(name: "王明", unit: "外办", title: "主任")])
            #expect(
                read.draft.rank == .city && read.draft.people == 6 && read.draft.unitId == f.unit && read.version == 1)
            let log = try await AuditStore(database: database).entries(AuditQuery(entityType: .exchange))
            #expect(log.items.map(\.action) == [.create])
            #expect(
                log.items.first?.changes.contains(FieldChange(field: "countries", before: nil, after: "DE,IT")) == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func updatesAreVersionedStaleOnesAndDuplicatesRefusedUnchangedOnesWriteNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let saved = try await f.exchanges.save(
                trip(f, "2025-05-01", partners: [f.florence]), id: nil, expectedVersion: nil, actor: .system)
            var edit = saved.draft
            edit.people = 8
            edit.partnerIds = [f.leipzig]

            let changed = try await f.exchanges.save(edit, id: saved.id, expectedVersion: 1, actor: .system)
            let unchanged = try await f.exchanges.save(edit, id: saved.id, expectedVersion: 2, actor: .system)
            await #expect(throws: ExchangeError.staleVersion(current: 2)) {
                try await f.exchanges.save(edit, id: saved.id, expectedVersion: 1, actor: .system)
            }
            let other = try await f.exchanges.save(
                trip(f, "2025-06-01", partners: []), id: nil, expectedVersion: nil, actor: .system)
            await #expect(throws: ExchangeError.duplicate(existingId: saved.id)) {
                try await f.exchanges.save(
                    trip(f, "2025-05-01", partners: []), id: other.id, expectedVersion: 1, actor: .system)
            }

            #expect(changed.version == 2 && changed.draft.partnerIds == [f.leipzig] && changed.draft.people == 8)
            #expect(unchanged.version == 2)
            let log = try await AuditStore(database: database).entries(
                AuditQuery(entityType: .exchange, entityId: String(saved.id)))
            #expect(log.items.map(\.action) == [.update, .create])
            #expect(
                log.items.first?.changes == [
                    FieldChange(field: "partners", before: String(f.florence), after: String(f.leipzig)),
                    FieldChange(field: "people", before: "6", after: "8"),
                    FieldChange(field: "version", before: "1", after: "2"),
                ])
        }
    }

    @Test(arguments: TestBackend.available)
    func periodTimelineAndLastExchangeQueries(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            for (start, partners) in [
                ("2019-12-31", [f.florence]), ("2020-01-01", [f.florence, f.leipzig]), ("2021-06-30", [f.leipzig]),
                ("2022-03-01", [f.florence]),
            ] {
                _ = try await f.exchanges.save(
                    trip(f, start, "T\(start)", partners: partners), id: nil, expectedVersion: nil, actor: .system)
            }

            let in2020to2021 = try await f.exchanges.exchanges(from: day("2020-01-01"), to: day("2021-12-31"))
            let timeline = try await f.exchanges.timeline(partnerId: f.florence)
            let last = try await f.exchanges.lastExchanges(asOf: day("2022-02-28"))

            #expect(in2020to2021.map(\.draft.start.description) == ["2020-01-01", "2021-06-30"])
            #expect(timeline.map(\.draft.start.description) == ["2022-03-01", "2020-01-01", "2019-12-31"])
            #expect(last == [f.florence: day("2020-01-01"), f.leipzig: day("2021-06-30")])
            let deleted = try await f.exchanges.delete(id: timeline[0].id, expectedVersion: 1, actor: .system)
            #expect(deleted.draft.start == day("2022-03-01"))
            #expect(try await f.exchanges.count() == 3)
        }
    }

    @Test(arguments: TestBackend.available)
    func domainsAreSeededAndSettingsAreCheckedStoredAndAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let settings = SettingsStore(database: database)
            let domains = try await ExchangeStore(database: database).domains()

            #expect(domains.map(\.code) == ExchangeDomain.defaults.map(\.code))
            #expect(domains.first { $0.code == "education" }?.balance == .soft)
            #expect(try await settings.complianceRules() == ComplianceRules())
            try await settings.set(.maxDays, to: " 4, 7 ,9 ", actor: .system)
            try await settings.set(.maxPeople, to: "8", actor: .system)
            #expect(throws: FieldError.self) { try Setting.maxCountries.validate("zero").get() }
            await #expect(throws: FieldError.self) { try await settings.set(.dormantYears, to: "0", actor: .system) }

            #expect(
                try await settings.complianceRules() == ComplianceRules(maxDaysByCountries: [4, 7, 9], maxPeople: 8))
            #expect(try await settings.dormantYears() == 3)
            let log = try await AuditStore(database: database).entries(AuditQuery(entityType: .setting))
            #expect(log.total == 2)
            #expect(
                log.items.last?.changes == [FieldChange(field: "compliance.max_days", before: "5,8,10", after: "4,7,9")]
            )
        }
    }

    @Test(arguments: TestBackend.available)
    func domainsCanBeAddedRenamedAndRetiredWithAnAuditEntryEach(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = ExchangeStore(database: database)
            try await store.saveDomain(
                ExchangeDomain(code: "Maritime", nameZh: "海洋", nameEn: "Maritime"), actor: .system)
            var culture = try #require(try await store.domains().first { $0.code == "culture" })
            culture.active = false
            try await store.saveDomain(culture, actor: .system)
            try await store.saveDomain(culture, actor: .system)  // unchanged: no entry
            await #expect(throws: FieldError.self) {
                try await store.saveDomain(ExchangeDomain(code: "no spaces", nameZh: "x", nameEn: ""), actor: .system)
            }

            let domains = try await store.domains()
            #expect(domains.last?.code == "maritime")  // lowercased, at the end of the list
            #expect(domains.first { $0.code == "culture" }?.active == false)
            let log = try await AuditStore(database: database).entries(AuditQuery(entityType: .setting))
            #expect(log.items.map(\.entityId) == ["domain:culture", "domain:maritime"])
            #expect(log.items.first?.changes == [FieldChange(field: "active", before: "true", after: "false")])
        }
    }
}
