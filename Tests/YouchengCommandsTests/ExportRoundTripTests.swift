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
            #expect(outcome.report.unchanged == before.count && outcome.report.updated == 0 && outcome.report.created == 0)
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
            _ = try await ImportRun.run(
                data: exported.0, file: "export.csv", defaultHome: nil, dryRun: false, repository: store, reference: .bundled)
            let records = try await store.all(PartnershipQuery())
            #expect(records.map(\.partnership.established) == exported.1.map(\.partnership.established))
            #expect(records.map(\.partner.name) == exported.1.map(\.partner.name))
            #expect(records.map(\.partnership.kind) == exported.1.map(\.partnership.kind))
        }
    }
}
