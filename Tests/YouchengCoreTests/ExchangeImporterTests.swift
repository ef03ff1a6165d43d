import Testing
import YouchengCore

/// Reading an exchanges file: recognizing it, the rows it gives and the problems it reports.
@Suite struct ExchangeImporterTests {
    let importer = ExchangeImportFixture.importer
    let header = ExchangeImportFixture.header
    func row(_ changes: [ExchangeColumn: String] = [:]) -> [String] { ExchangeImportFixture.row(changes) }
    func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    @Test func recognizesExchangeHeadersButNotRegistryHeaders() {
        #expect(ExchangeImporter.recognizes(headers: ["开始日期", "类型", "主题", "友城"]))
        #expect(ExchangeImporter.recognizes(headers: [" Start Date ", "TYPE", "Title"]))
        #expect(!ExchangeImporter.recognizes(headers: ["本地主体", "外方城市", "国家", "类型", "结好时间", "备注"]))
        #expect(!ExchangeImporter.recognizes(headers: ["home", "partner", "country", "kind", "date"]))
        #expect(!ExchangeImporter.recognizes(headers: ["开始日期", "类型"]))
    }

    @Test func eachColumnIsNamedByItsOwnChineseAndEnglishLabels() {
        for column in ExchangeColumn.allCases {
            #expect(ExchangeColumn.matching(header: column.label.zh) == column)
            #expect(ExchangeColumn.matching(header: column.label.en.uppercased()) == column)
        }
        #expect(ExchangeColumn.matching(header: "外方城市") == .partners)
        #expect(ExchangeColumn.matching(header: "结好时间") == nil)
    }

    @Test func aFileWithEveryColumnGivesRowsWithEveryValueRead() throws {
        let plan = try importer.plan([
            header,
            [
                "2024-05-06", "2024年5月10日", "出访", "名古屋、Perth", "日本；AU", "bureau of commerce", "副市长", "12",
                "经贸, education", "赴日澳经贸考察", "签署备忘录两份",
            ],
            ["", " ", ""],
            ["2024/6/1", "", "来访", "", "", "", "", "", "", "佛罗伦萨市长来访", ""],
        ])
        #expect(plan.errors.isEmpty)
        #expect(plan.newUnits.isEmpty)
        #expect(plan.dataRows == 2)
        #expect(
            plan.rows == [
                ExchangeRow(
                    line: 2, title: "赴日澳经贸考察", start: day(2024, 5, 6), end: day(2024, 5, 10), kind: .outgoingDelegation,
                    partnerIds: [1, 2], countries: ["JP", "AU"], unitName: "bureau of commerce", rank: .city,
                    people: 12,
                    domains: ["trade", "education"], outcomes: "签署备忘录两份"),
                ExchangeRow(
                    line: 4, title: "佛罗伦萨市长来访", start: day(2024, 6, 1), end: day(2024, 6, 1), kind: .incomingDelegation),
            ])
        #expect(
            plan.rows.first?.identity
                == ExchangeIdentity(start: day(2024, 5, 6), kind: .outgoingDelegation, title: "赴日澳经贸考察"))
    }

    @Test func englishHeadersAndAliasesNameTheSameColumnsAndUnknownOnesAreRemarked() throws {
        let plan = try importer.plan([
            ["Start Date", "TYPE", "外方城市", "出访国家", "团组人数", "Title", "Weather"],
            ["2024-05-06", "trip", "Nagoya", "Japan", "3", "Visit", "1000"],
        ])
        #expect(plan.errors.isEmpty)
        #expect(plan.rows.first?.kind == .outgoingDelegation)
        #expect(plan.rows.first?.partnerIds == [1])
        #expect(plan.rows.first?.countries == ["JP"])
        #expect(plan.rows.first?.people == 3)
        #expect(plan.remarks.map(\.en) == ["unknown columns ignored: \"Weather\""])
    }

    @Test func endDefaultsToTheStart() throws {
        let plan = try importer.plan([header, row([.start: "2024-05-06", .end: ""])])
        #expect(plan.rows.first?.end == day(2024, 5, 6))
        let noEndColumn = try importer.plan([["开始日期", "类型", "主题"], ["2024-05-06", "出访", "考察"]])
        #expect(noEndColumn.rows.first?.end == day(2024, 5, 6))
    }

    @Test func endBeforeStartIsRefusedWithRowAndValue() throws {
        let found = try ExchangeImportFixture.errors([.start: "2024-05-06", .end: "2024-05-05"])
        #expect(found.map(\.message.zh) == ["第 2 行 结束日期「2024-05-05」早于开始日期 2024-05-06"])
        #expect(found.map(\.message.en) == ["row 2, end: \"2024-05-05\" is before the start date 2024-05-06"])
        #expect(found.first?.field == "end")
    }

    @Test func missingRequiredColumnsAndEmptyFilesAreFileErrors() {
        #expect(throws: ImportFileError.missingColumn(Bilingual(zh: "主题", en: "title"))) {
            try importer.plan([["开始日期", "类型"], ["2024-05-06", "出访"]])
        }
        #expect(throws: ImportFileError.missingColumn(Bilingual(zh: "开始日期", en: "start"))) {
            try importer.plan([["类型", "主题"], ["出访", "考察"]])
        }
        #expect(throws: ImportFileError.noData) { try importer.plan([header, ["", ""]]) }
        #expect(throws: ImportFileError.noHeader) { try importer.plan([[" "]]) }
    }

    @Test func unknownUnitIsNotAnErrorAndIsListedOnceAsNew() throws {
        let plan = try importer.plan([
            header,
            row([.unit: "友协", .title: "一"]),
            row([.unit: "Youth League", .title: "二"]),
            row([.unit: "友协", .title: "三"]),
            row([.unit: "YOUTH LEAGUE", .title: "四"]),
            row([.unit: "教育局", .title: "五"]),
        ])
        #expect(plan.errors.isEmpty)
        #expect(plan.newUnits == ["友协", "Youth League"])
        #expect(plan.rows.map(\.unitName) == ["友协", "Youth League", "友协", "YOUTH LEAGUE", "教育局"])
    }

    @Test func aRowRepeatingAnEarlierOnesStartKindAndTitleIsRefusedNamingIt() throws {
        let plan = try importer.plan([
            header,
            row([.start: "2024-05-06", .kind: "出访", .title: "考察"]),
            row([.start: "2024-05-07", .kind: "出访", .title: "考察"]),
            row([.start: "2024-05-06", .kind: "Outgoing delegation", .title: "考察", .end: "2024-05-09"]),
            row([.start: "2024-05-06", .kind: "来访", .title: "考察"]),
        ])
        #expect(plan.errors.map(\.message.zh) == ["第 4 行 与第 2 行重复（同一开始日期、类型与主题）"])
        #expect(plan.errors.map(\.message.en) == ["row 4: repeats row 2 (the same start, kind and title)"])
        #expect(plan.rows.map(\.line) == [2, 3, 5])
    }

    @Test func everyProblemOfEveryRowIsReported() throws {
        let plan = try importer.plan([
            header,
            row([.start: "2024-13-01", .kind: "野餐", .partners: "某城、名古屋、别城", .people: "0"]),
            row(),
            row([.title: "", .domains: "烹饪"]),
        ])
        #expect(plan.errors.map(\.row) == [2, 2, 2, 2, 2, 4, 4])
        #expect(plan.errors.map(\.field) == ["start", "kind", "partners", "partners", "people", "domains", "title"])
        #expect(plan.errors.filter { $0.field == "partners" }.map(\.value) == ["某城", "别城"])
        #expect(plan.rows.map(\.line) == [3])
    }

    @Test func listsTakeChineseAndEnglishSeparatorsAndNameEachValueOnce() throws {
        let plan = try importer.plan([
            header,
            row([.partners: "名古屋，珀斯；佛罗伦萨、Nagoya", .countries: "日本、澳大利亚;意大利,JP", .domains: "文化；教育，culture"]),
            row([.partners: "Washington, D.C.", .title: "华盛顿"]),
        ])
        #expect(plan.errors.isEmpty)
        #expect(plan.rows.first?.partnerIds == [1, 2, 5])
        #expect(plan.rows.first?.countries == ["JP", "AU", "IT"])
        #expect(plan.rows.first?.domains == ["culture", "education"])
        #expect(plan.rows.last?.partnerIds == [6])
    }
}
