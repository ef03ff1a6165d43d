import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

/// `projects import`: a CSV file (UTF-8, with or without a BOM) stored all or nothing, a dry run that stores nothing, and a source
/// that does not exist refused with its row before anything is written; both databases.
@Suite struct ProjectImportRunTests {
    let today = Day(year: 2026, month: 5, day: 1)!

    /// Leipzig and Florence, and the unit 商务局.
    func services(_ database: Database) async throws -> Services {
        let services = Services(database: database)
        for (name, zh, country) in [("Leipzig", "莱比锡", "DE"), ("Florence", "佛罗伦萨", "IT")] {
            _ = try await services.registry.save(
                PartnershipDraft(
                    homeCode: "320100", partnerName: name, partnerNameZh: zh, country: country, kind: .sisterCity,
                    established: PartialDate(year: 1990), status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system)
        }
        _ = try await services.accounts.units.create(
            UnitDraft(nameZh: "商务局", nameEn: "Commerce", kind: .bureau, homeCode: nil, contactPerson: ""), by: .system)
        return services
    }

    static let file =
        "项目名称,外方城市,负责单位,领域,阶段,开始日期,协议金额,币种\n"
        + "皮革产业园,莱比锡,商务局,投资,签约,2026-02-01,5000000,EUR\n"
        + "文化周,\"Florence、Leipzig\",商务局,文化,,2026-03-01,,\n"

    func table(_ data: Data, _ name: String = "projects.csv") throws -> [[String]] {
        try RegistryFiles.read(data: data, filename: name).table
    }

    @Test(arguments: TestBackend.available)
    func aGoodFileStoresEveryRowAndADryRunStoresNone(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = try await services(database)
            let withBOM = Data([0xEF, 0xBB, 0xBF]) + Data(Self.file.utf8)

            let dry = try await ProjectImportRun.run(
                table: try table(withBOM), dryRun: true, today: today, services: services)
            #expect(dry.succeeded && dry.rows == 2 && dry.ids.isEmpty)
            #expect(try await services.projects.list(ProjectQuery(), days: 90, asOf: today).total == 0)

            let done = try await ProjectImportRun.run(
                table: try table(Data(Self.file.utf8)), dryRun: false, today: today, services: services)
            #expect(done.succeeded && done.ids.count == 2)
            let first = try #require(try await services.projects.project(id: done.ids[0]))
            #expect(first.stage == .signed && first.history.first?.date == Day(year: 2026, month: 2, day: 1))
            #expect(first.draft.agreed == Money(hundredths: 500_000_000) && first.draft.currency == "EUR")
            let second = try #require(try await services.projects.project(id: done.ids[1]))
            #expect(second.stage == .lead && second.draft.partnerIds.count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func aMissingSourceRefusesTheWholeFileNamingItsRow(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = try await services(database)
            let bad = Self.file.replacingOccurrences(of: "项目名称,", with: "来源类型,来源,项目名称,")
                .replacingOccurrences(of: "\n皮革", with: "\n,,皮革").replacingOccurrences(
                    of: "\n文化", with: "\nexchange,999,文化")

            let outcome = try await ProjectImportRun.run(
                table: try table(Data(bad.utf8)), dryRun: false, today: today, services: services)

            #expect(!outcome.succeeded)
            #expect(outcome.errors.map(\.zh) == ["第 3 行「来源」：来源：交流活动 999 不存在"])
            #expect(try await services.projects.list(ProjectQuery(), days: 90, asOf: today).total == 0)
        }
    }
}
