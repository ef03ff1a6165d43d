import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

/// Importing exchanges files: told by headers, all or nothing, units created, re-import unchanged; both databases.
@Suite struct ExchangeImportTests {
    static let registry = "本地主体,外方城市,外方城市英文名,国家,结好时间\n南京市,名古屋,Nagoya,日本,1978\n南京市,莱比锡,Leipzig,德国,1988\n"
    static let header = "开始日期,结束日期,类型,友城,国家,主办单位,带队级别,人数,领域,主题,成果\n"
    static let file =
        header + "2024-04-01,2024-04-03,来访,名古屋,日本,外办,市级,12,文化、经贸,名古屋代表团,\n"
        + "2024-09-01,2024-09-06,出访,\"名古屋；Leipzig\",\"日本,德国\",青年团市委,厅局级,6,青少年,访问日德,备忘录\n"

    func table(_ text: String) throws -> (table: [[String]], format: String) {
        try RegistryFiles.read(data: Data(text.utf8), filename: "x.csv")
    }

    func seeded(_ database: Database) async throws {
        let plan = try RegistryFiles.plan(
            data: Data(Self.registry.utf8), filename: "r.csv", defaultHome: nil, reference: .bundled
        ).plan
        _ = try await RegistryStore(database: database, reference: .bundled).apply(
            plan.rows, dryRun: false, actor: .system)
        _ = try await UnitStore(database: database, reference: .bundled).create(
            UnitDraft(nameZh: "外办", nameEn: "FAO", kind: .fao, homeCode: nil, contactPerson: ""), by: .system)
    }

    @Test func anExchangesFileIsToldFromARegistryFileByItsHeaders() throws {
        #expect(ExchangeImportRun.recognizes(try table(Self.file).table))
        #expect(!ExchangeImportRun.recognizes(try table(Self.registry).table))
    }

    @Test(arguments: TestBackend.available)
    func importCreatesExchangesAndTheUnitsTheyNameThenReimportChangesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await seeded(database)
            let read = try table(Self.file)
            func run(_ dryRun: Bool, _ table: [[String]]? = nil) async throws -> ExchangeImportOutcome {
                try await ExchangeImportRun.run(
                    table: table ?? read.table, file: "x.csv", format: read.format, dryRun: dryRun,
                    services: Services(database: database, reference: .bundled))
            }

            let dry = try await run(true)
            #expect(dry.report.created == 2 && dry.report.newUnits == ["青年团市委"] && !dry.report.stored)
            #expect(try await ExchangeStore(database: database).count() == 0)
            #expect(try await UnitStore(database: database, reference: .bundled).list(includeInactive: true).count == 1)

            let first = try await run(false)
            let again = try await run(false)
            var changed = read.table
            changed[2][7] = "7"  // the trip's head count
            let third = try await run(false, changed)

            #expect(first.succeeded && first.report.created == 2 && first.report.stored)
            #expect(again.report.unchanged == 2 && again.report.created == 0 && again.report.newUnits.isEmpty)
            #expect(third.report.updated == 1 && third.report.unchanged == 1)
            let stored = try await ExchangeStore(database: database).exchanges(
                from: Day(parsing: "2024-01-01")!, to: Day(parsing: "2024-12-31")!)
            let trip = try #require(stored.last)
            #expect(trip.draft.partnerIds.count == 2 && trip.draft.countries == ["DE", "JP"] && trip.draft.people == 7)
            #expect(
                trip.draft.domains == ["youth"] && trip.draft.rank == .bureau
                    && trip.draft.end == Day(parsing: "2024-09-06"))
            let units = try await UnitStore(database: database, reference: .bundled).list(includeInactive: true)
            #expect(trip.draft.unitId == units.first { $0.nameZh == "青年团市委" }?.id)
            #expect(stored.first?.draft.unitId == units.first { $0.nameZh == "外办" }?.id)
            let log = try await AuditStore(database: database).entries(AuditQuery(entityType: .exchange, per: 100))
            // Two creations and the first import; the second import (unchanged) and the third (one update).
            #expect(log.items.filter { $0.action == .create }.count == 2)
            #expect(log.items.filter { $0.action == .update }.count == 1)
            #expect(log.items.filter { $0.action == .imported }.count == 3)
        }
    }

    @Test(arguments: TestBackend.available)
    func aFileWithAnyErrorStoresNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await seeded(database)
            let bad = Self.file + "2024-10-01,,签约,火星城,日本,新单位,,,,签约仪式,\n"
            let read = try table(bad)

            let outcome = try await ExchangeImportRun.run(
                table: read.table, file: "x.csv", format: read.format, dryRun: false,
                services: Services(database: database, reference: .bundled))

            #expect(!outcome.succeeded)
            #expect(outcome.errors.map(\.row) == [4])
            #expect(outcome.errors.first?.message.zh.contains("火星城") == true)
            #expect(try await ExchangeStore(database: database).count() == 0)
            #expect(try await UnitStore(database: database, reference: .bundled).list(includeInactive: true).count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aPartnerWithoutAPartnershipCanStillBeNamed(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await seeded(database)
            let registry = RegistryStore(database: database, reference: .bundled)
            let leipzig = try #require(
                try await registry.all(PartnershipQuery()).first { $0.partner.name == "Leipzig" })
            _ = try await registry.delete(id: leipzig.partnership.id, expectedVersion: nil, actor: .system)
            let read = try table(Self.header + "2024-05-01,,函电,莱比锡,德国,外办,,,,致莱比锡贺信,\n")

            let outcome = try await ExchangeImportRun.run(
                table: read.table, file: "x.csv", format: read.format, dryRun: false,
                services: Services(database: database, reference: .bundled))

            #expect(outcome.succeeded && outcome.report.created == 1)
            let stored = try await ExchangeStore(database: database).timeline(partnerId: leipzig.partner.id)
            #expect(stored.map(\.draft.title) == ["致莱比锡贺信"])
        }
    }
}
