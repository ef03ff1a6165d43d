import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

/// An exchanges file below a title, with a 序号 column and a 合计 row, naming partners that share a name with
/// partners in other countries (Hamilton, London); both databases.
@Suite struct ExchangeLayoutImportTests {
    static let registry = """
        本地主体,外方城市,外方城市英文名,国家
        南京市,汉密尔顿,Hamilton,加拿大
        南京市,汉密尔顿,Hamilton,新西兰
        南京市,伦敦,London,加拿大
        南京市,伦敦,London,英国

        """

    static let title = "南京市2024年外事交流活动统计表,,,,,\n,,,,,\n序号,开始日期,类型,友城,国家,主题\n"

    func seeded(_ database: Database) async throws -> [String: Int64] {
        let plan = try RegistryFiles.plan(
            data: Data(Self.registry.utf8), filename: "r.csv", defaultHome: nil, reference: .bundled
        ).plan
        let store = RegistryStore(database: database, reference: .bundled)
        _ = try await store.apply(plan.rows, dryRun: false, actor: .system)
        return Dictionary(uniqueKeysWithValues: try await store.partners().map { ("\($0.name) \($0.country)", $0.id) })
    }

    func run(_ text: String, database: Database) async throws -> ExchangeImportOutcome {
        let read = try RegistryFiles.read(data: Data(text.utf8), filename: "exchanges.csv")
        #expect(ExchangeImportRun.recognizes(read.table))
        return try await ExchangeImportRun.run(
            table: read.table, file: "exchanges.csv", format: read.format, dryRun: false,
            services: Services(database: database, reference: .bundled))
    }

    @Test(arguments: TestBackend.available)
    func partnersSharingANameAreToldApartByTheRowsCountry(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let ids = try await seeded(database)
            let file =
                Self.title + "1,2024-03-01,来访,Hamilton,新西兰,汉密尔顿代表团来访\n" + "2,2024-05-01,出访,伦敦,英国,访问伦敦\n"
                + "3,2024-06-01,出访,\"Hamilton、London\",加拿大,访问加拿大\n" + "合计,,,,,3 项\n"

            let outcome = try await run(file, database: database)

            #expect(outcome.succeeded, "\(outcome.text)")
            #expect(outcome.report.created == 3)
            #expect(outcome.totalRow == 7)
            #expect(outcome.text.contains("第 7 行是合计行，已跳过 / row 7 is a total row and was skipped"))
            let stored = try await ExchangeStore(database: database).exchanges(
                from: Day(parsing: "2024-01-01")!, to: Day(parsing: "2024-12-31")!)
            #expect(
                stored.map(\.draft.partnerIds) == [
                    [ids["Hamilton NZ"]!], [ids["London GB"]!], [ids["Hamilton CA"]!, ids["London CA"]!],
                ])
        }
    }

    @Test(arguments: TestBackend.available)
    func aNameThatStaysAmbiguousIsRefusedNamingTheCandidates(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await seeded(database)
            let file = Self.title + "1,2024-03-01,来访,Hamilton,,汉密尔顿代表团来访\n" + "2,2024-05-01,出访,伦敦,\"加拿大、英国\",访问伦敦\n"

            let outcome = try await run(file, database: database)

            #expect(!outcome.succeeded)
            #expect(
                outcome.errors.map(\.message.en) == [
                    "row 4, partners: \"Hamilton\" matches several partners: Hamilton (CA), Hamilton (NZ)",
                    "row 5, partners: \"伦敦\" matches several partners: London (CA), London (GB)",
                ])
            #expect(outcome.totalRow == nil)
            #expect(try await ExchangeStore(database: database).count() == 0)
        }
    }
}
