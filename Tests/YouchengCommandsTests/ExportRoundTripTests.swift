import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

@Suite struct ExportRoundTripTests {
    @Test(arguments: ExportFormat.allCases)
    func whatExportWritesImportReadsBackWithNothingChanged(format: ExportFormat) async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await DemoData.loadIfEmpty(into: store, reference: .bundled)
            let before = try await store.all(PartnershipQuery())

            let data = try RegistryFiles.export(before, format: format, reference: .bundled)
            let outcome = try await ImportRun.run(
                data: data, file: "export.\(format.rawValue)", defaultHome: nil, dryRun: false, repository: store,
                reference: .bundled)
            let after = try await store.all(PartnershipQuery())

            #expect(outcome.succeeded, "\(outcome.text)")
            #expect(
                outcome.report.unchanged == before.count && outcome.report.updated == 0 && outcome.report.created == 0)
            #expect(after == before)
        }
    }

    @Test func exportIntoAnEmptyDatabaseRecreatesTheSameRegistry() async throws {
        let exported: (Data, [PartnershipRecord]) = try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await DemoData.loadIfEmpty(into: store, reference: .bundled)
            let records = try await store.all(PartnershipQuery())
            return (try RegistryFiles.export(records, format: .csv, reference: .bundled), records)
        }
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let outcome = try await ImportRun.run(
                data: exported.0, file: "export.csv", defaultHome: nil, dryRun: false, repository: store,
                reference: .bundled)
            let records = try await store.all(PartnershipQuery())
            #expect(outcome.succeeded && outcome.report.created == exported.1.count)
            // Ids are the new database's own; everything else must be what was exported.
            #expect(records.map(Content.init) == exported.1.map(Content.init))
        }
    }
}

/// A record without its database ids and version.
struct Content: Equatable {
    let home: String, name: String, nameZh: String, country: String, kind: PartnershipKind
    let established: PartialDate?, status: PartnershipStatus, notes: String

    init(_ r: PartnershipRecord) {
        home = r.home.code
        name = r.partner.name
        nameZh = r.partner.nameZh
        country = r.partner.country
        kind = r.partnership.kind
        established = r.partnership.established
        status = r.partnership.status
        notes = r.partnership.notes
    }
}
