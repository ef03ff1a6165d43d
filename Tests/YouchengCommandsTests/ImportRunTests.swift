import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

func fixture(_ name: String) throws -> Data {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return try Data(contentsOf: url)
}

func importFixture(_ name: String, into store: RegistryStore, dryRun: Bool = false) async throws -> ImportOutcome {
    try await ImportRun.run(
        data: try fixture(name), file: name, defaultHome: nil, dryRun: dryRun, repository: store, reference: .bundled)
}

@Suite struct ImportRunTests {
    @Test(arguments: ["registry-utf8.csv", "registry-utf8-bom.csv", "registry-gb18030.csv", "registry.xlsx"])
    func theSameRegistryReadsAlikeInEveryEncodingAndFormat(file: String) async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            let outcome = try await importFixture(file, into: store)
            let records = try await store.all(PartnershipQuery())

            #expect(outcome.succeeded, "\(outcome.text)")
            #expect(outcome.report.created == 5 && outcome.report.newPartners == 4)
            let florence = try #require(records.first { $0.partner.name == "Florence" })
            #expect(florence.partnership.kind == .friendshipCity)
            #expect(florence.partnership.status == .suspended)
            #expect(florence.partnership.established?.description == "1980")
            #expect(florence.partnership.notes == "含逗号, 与引号\"测试\"")
            let nagoya = try #require(records.first { $0.partner.name == "Nagoya" && $0.home.code == "320100" })
            #expect(nagoya.partnership.established?.description == "1978-12-21")
            #expect(nagoya.partner.nameZh == "名古屋")
            #expect(records.first { $0.partner.name == "Leipzig" }?.partnership.established?.description == "1988-05")
        }
    }

    @Test(arguments: TestBackend.available)
    func aFileWithBadRowsIsRefusedWholeAndEveryBadRowIsNamed(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            let outcome = try await importFixture("registry-bad.csv", into: store)

            #expect(!outcome.succeeded)
            #expect(outcome.errors.map(\.row) == [3, 4, 5, 6, 7])
            #expect(outcome.errors.map(\.field) == ["home", "country", "partner", "established", nil])
            #expect(
                outcome.text.contains(
                    "第 6 行 结好时间「2019-13-45」不是有效日期 / row 6, established: \"2019-13-45\" is not a valid date"))
            #expect(outcome.report.rejected == 5)
            #expect(outcome.report.stored == false)
            #expect(try await store.count() == 0)
        }
    }

    @Test(arguments: ["empty.csv", "binary.bin", "broken.xlsx"])
    func unreadableFilesGetAClearMessageAndStoreNothing(file: String) async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            let outcome = try await importFixture(file, into: store)

            let failure = try #require(outcome.failure)
            #expect(!failure.zh.isEmpty && !failure.en.isEmpty)
            #expect(try await store.count() == 0)
        }
    }

    @Test func dryRunReportsWhatWouldHappenAndReimportChangesNothing() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            let dry = try await importFixture("registry-utf8.csv", into: store, dryRun: true)
            let countAfterDryRun = try await store.count()
            _ = try await importFixture("registry-utf8.csv", into: store)
            let again = try await importFixture("registry.xlsx", into: store)

            #expect(dry.report.created == 5 && !dry.report.stored && countAfterDryRun == 0)
            #expect(
                again.report
                    == ImportReport(created: 0, updated: 0, unchanged: 5, rejected: 0, newPartners: 0, stored: true))
        }
    }
}
