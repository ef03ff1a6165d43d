import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

@Suite struct ExportSafetyTests {
    @Test func csvCellsThatLookLikeFormulasAreNeutralisedAndReadBackExactly() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let draft = PartnershipDraft(
                homeCode: "320100", partnerName: "=HYPERLINK(\"http://evil.example\",\"x\")", partnerNameZh: "",
                country: "FR", kind: .sisterCity, established: nil, status: .active, notes: "- first visit\n@team")
            _ = try await store.save(draft, id: nil, expectedVersion: nil, actor: .system)
            let records = try await store.all(PartnershipQuery())

            let csv = String(
                decoding: try RegistryFiles.export(records, format: .csv, reference: .bundled), as: UTF8.self)
            let outcome = try await ImportRun.run(
                data: Data(csv.utf8), file: "export.csv", defaultHome: nil, dryRun: false, repository: store,
                reference: .bundled)

            #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""))
            #expect(csv.contains("\"'- first visit\n@team\""))
            #expect(outcome.succeeded && outcome.report.unchanged == 1)
        }
    }

    @Test func overlongNamesAndControlCharactersAreRefused() throws {
        let plan = try RegistryImporter(reference: .bundled).plan([
            ["home", "partner", "country"], ["南京市", String(repeating: "x", count: 201), "FR"],
            ["南京市", "Ly\u{1}on", "FR"],
        ])
        #expect(plan.errors.map(\.row) == [2, 3])
        #expect(plan.errors.last?.message.en == "row 3, partner: \"Ly\u{1}on\" contains control characters")
    }
}
