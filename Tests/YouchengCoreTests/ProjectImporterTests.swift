import Testing
import YouchengCore

/// Reading a projects table: headers in either language, partners and units by name, every bad row named with its
/// row and column in both languages, and an export's table read back.
@Suite struct ProjectImporterTests {
    let today = Day(year: 2026, month: 5, day: 1)!
    var importer: ProjectImporter { ProjectImporter(names: ExchangeImportFixture.importer, today: today) }

    @Test func rowsReadPartnersAndUnitsByNameWithEnglishHeaders() throws {
        let table = [
            ["title", "partners", "unit", "domain", "stage", "start date", "agreed amount", "currency"],
            ["佛罗伦萨皮革园", "Florence、名古屋", "商务局", "投资", "签约", "2026-02-01", "1200000", "EUR"],
        ]

        let rows = try importer.read(table).get()

        #expect(rows.count == 1 && rows[0].row == 2)
        let valid = rows[0].valid
        #expect(valid.draft.partnerIds == [5, 1] && valid.draft.unitId == 1 && valid.draft.kind == .investment)
        #expect(valid.stage == .signed && valid.date == Day(year: 2026, month: 2, day: 1))
        #expect(valid.draft.agreed == Money(hundredths: 120_000_000) && valid.draft.currency == "EUR")
    }

    @Test func everyBadRowIsNamedWithItsRowAndColumnInBothLanguages() throws {
        let table = [
            ["项目名称", "外方城市", "负责单位", "领域", "协议金额"],
            ["好的", "Perth", "教育局", "教育", ""],
            ["", "Atlantis", "商务局", "贸易", "-5"],
            ["第三行", "圣约翰", "外星局", "文化", ""],
        ]

        guard case .failure(let refused) = try importer.read(table) else {
            Issue.record("bad rows were accepted")
            return
        }
        let errors = refused.errors

        #expect(errors.compactMap(\.field) == ["title", "partners", "agreed", "partners", "unit"])
        #expect(errors[1].message.zh.hasPrefix("第 3 行「外方城市」：") && errors[1].message.zh.contains("Atlantis"))
        #expect(errors[1].message.en.hasPrefix("row 3, partners: "))
        // 圣约翰 is two partners (St. John's and Saint John): ambiguous, so refused with the candidates.
        #expect(errors[3].message.en.contains("several partners"))
        #expect(errors[4].message.zh == "第 4 行「负责单位」：单位「外星局」不存在")
    }

    @Test func aTableWithoutTheRequiredColumnsIsRefusedAsAFile() {
        #expect(throws: ImportFileError.self) { try importer.read([["项目名称", "外方城市"], ["a", "Perth"]]) }
    }
}
