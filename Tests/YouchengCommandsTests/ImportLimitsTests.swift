import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

/// A file past the table limits is refused as a whole, with the limit and the place in both languages, and nothing
/// is stored (`youcheng import` then exits 1).
@Suite struct ImportLimitsTests {
    @Test(arguments: TestBackend.available)
    func aWorkbookWiderThanTheColumnLimitIsRefusedWithWhereAndWhy(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let header = ["本地主体", "外方城市英文名", "国家"] + (4...300).map { "列\($0)" }
            let data = try XLSXWriter.write(sheets: [XLSXWriter.Sheet(name: "名录", rows: [header])])

            let outcome = try await ImportRun.run(
                data: data, file: "wide.xlsx", defaultHome: nil, dryRun: false, repository: store,
                reference: .bundled)

            #expect(!outcome.succeeded)
            #expect(
                outcome.failure
                    == Bilingual(
                        zh: "表格过大，已拒绝：部件 xl/worksheets/sheet1.xml，第 1 行，第 257 列：列数超过上限 256 列",
                        en: "the table is too large and was refused: part xl/worksheets/sheet1.xml, row 1, "
                            + "column 257: more than the limit of 256 columns"))
            #expect(try await store.count() == 0)
        }
    }
}
