import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

/// `youcheng import` on files laid out as offices keep them (see `Fixtures/make_register_fixtures.py`): a merged
/// title row, a blank and a note row above the header, a 序号 column, a blank row between records and a 合计 row.
@Suite struct RegisterLayoutImportTests {
    @Test(arguments: ["register-titled.csv", "register-titled.xlsx"])
    func aHandKeptRegisterIsReadWithTheSpreadsheetsRowNumbers(file: String) async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            let outcome = try await importFixture(file, into: store)
            let json = String(decoding: try JSONEncoder().encode(outcome), as: UTF8.self)

            #expect(outcome.failure == nil)
            #expect(outcome.errors.map(\.message.en) == ["row 8, established: \"2019-13-45\" is not a valid date"])
            #expect(outcome.totalRow == 10)
            #expect(outcome.remarks.map(\.en) == ["row 10 is a total row and was skipped"])
            #expect(outcome.text.contains("说明 / note: 第 10 行是合计行，已跳过 / row 10 is a total row and was skipped"))
            #expect(json.contains("\"totalRow\":10"))
            #expect(outcome.report.created == 3 && outcome.report.rejected == 1)
            #expect(try await store.count() == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func theSameRegisterWithoutItsBadDateIsStoredWhole(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let text = String(decoding: try fixture("register-titled.csv"), as: UTF8.self)
                .replacingOccurrences(of: "2019-13-45", with: "2019-03-15")

            let outcome = try await ImportRun.run(
                data: Data(text.utf8), file: "register.csv", defaultHome: nil, dryRun: false, repository: store,
                reference: .bundled)

            #expect(outcome.succeeded, "\(outcome.text)")
            #expect(outcome.report.created == 4 && outcome.report.stored)
            #expect(outcome.text.contains("row 10 is a total row and was skipped"))
            let florence = try await store.all(PartnershipQuery()).first { $0.partner.name == "Florence" }
            #expect(florence?.partnership.established?.description == "2019-03-15")
            #expect(florence?.partnership.kind == .friendshipCity)
        }
    }
}
