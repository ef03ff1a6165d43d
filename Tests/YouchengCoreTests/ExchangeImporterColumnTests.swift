import Testing
import YouchengCore

/// Each column's refusals, with the row, the column and the value in the message.
@Suite struct ExchangeImporterColumnTests {
    func messages(_ changes: [ExchangeColumn: String]) throws -> [String] {
        try ExchangeImportFixture.errors(changes).map(\.message.zh)
    }

    func english(_ changes: [ExchangeColumn: String]) throws -> [String] {
        try ExchangeImportFixture.errors(changes).map(\.message.en)
    }

    @Test func startMustBeAFullRealDay() throws {
        #expect(try messages([.start: "2024-05"]) == ["第 2 行 开始日期「2024-05」不是有效的完整日期（年、月、日）"])
        #expect(
            try english([.start: "2024-02-30"]) == [
                "row 2, start: \"2024-02-30\" is not a valid full date (year, month and day)"
            ])
        #expect(try messages([.start: ""]) == ["第 2 行 缺少开始日期"])
        #expect(try messages([.start: "2024年5月6日"]).isEmpty)
    }

    @Test func endMustBeAFullRealDay() throws {
        #expect(
            try english([.end: "5月10日"]) == ["row 2, end: \"5月10日\" is not a valid full date (year, month and day)"])
    }

    @Test func kindMustBeKnownAndPresent() throws {
        let found = try english([.kind: "野餐"])
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix("row 2, kind: \"野餐\" is not a kind (Incoming delegation / Outgoing delegation")
                == true)
        #expect(try messages([.kind: " "]) == ["第 2 行 缺少类型"])
    }

    @Test func partnerMustBeRegistered() throws {
        #expect(try messages([.partners: "名古屋、某城"]) == ["第 2 行 友城「某城」不是已登记的外方城市"])
        #expect(try english([.partners: "Atlantis"]) == ["row 2, partners: \"Atlantis\" is not a registered partner"])
    }

    @Test func partnerNamingSeveralListsTheCandidatesWithTheirCountries() throws {
        #expect(try messages([.partners: "圣约翰"]) == ["第 2 行 友城「圣约翰」对应多个外方城市：St. John's (CA)、Saint John (CA)"])
        #expect(
            try english([.partners: "圣约翰"]) == [
                "row 2, partners: \"圣约翰\" matches several partners: St. John's (CA), Saint John (CA)"
            ])
        #expect(try messages([.partners: "saint john"]).isEmpty)
    }

    @Test func countriesMustBeKnownAndForeign() throws {
        #expect(try messages([.countries: "日本、火星"]) == ["第 2 行 国家「火星」不是已知的国家"])
        #expect(try messages([.countries: "中国"]) == ["第 2 行 国家「中国」不是外国：国际友城的外方城市应在中国境外"])
        #expect(try ExchangeImportFixture.errors([.countries: "HK;台湾"]).map(\.value) == ["HK", "台湾"])
    }

    @Test func unitNameLongerThanAUnitsNameIsRefused() throws {
        let long = String(repeating: "局", count: 101)
        #expect(try messages([.unit: long]) == ["第 2 行 主办单位「\(long)」过长（最多 100 个字符）"])
        #expect(try messages([.unit: String(repeating: "局", count: 100)]).isEmpty)
    }

    @Test func rankMustBeKnown() throws {
        let found = try english([.rank: "大使"])
        #expect(found.first?.hasPrefix("row 2, rank: \"大使\" is not a rank (Province or ministry / City") == true)
        #expect(try messages([.rank: "省部级"]).isEmpty)
    }

    @Test func peopleMustBeAWholeNumberFromOneToOneHundredThousand() throws {
        #expect(try messages([.people: "0"]) == ["第 2 行 人数「0」不是 1 至 100000 之间的整数"])
        #expect(
            try english([.people: "100001"]) == ["row 2, people: \"100001\" is not a whole number from 1 to 100000"])
        #expect(try messages([.people: "12.5"]).count == 1)
        #expect(try messages([.people: "十二"]).count == 1)
        #expect(try messages([.people: "-3"]).count == 1)
        #expect(try messages([.people: "1"]).isEmpty)
        #expect(try messages([.people: "100000"]).isEmpty)
    }

    @Test func domainMustBeKnownAndTheErrorListsTheKnownOnes() throws {
        #expect(
            try messages([.domains: "经贸、烹饪"]) == ["第 2 行 领域「烹饪」不是已知领域（经贸、科技、教育、文化、旅游、卫生、体育、青少年、城市管理、环境）"])
    }

    @Test func titleIsRequiredAndAtMostTwoHundredCharacters() throws {
        #expect(try messages([.title: ""]) == ["第 2 行 缺少主题"])
        let long = String(repeating: "访", count: 201)
        #expect(try english([.title: long]) == ["row 2, title: \"\(long)\" is too long (at most 200 characters)"])
        #expect(try messages([.title: String(repeating: "访", count: 200)]).isEmpty)
    }

    @Test func outcomesAreAtMostFourThousandCharactersAndMayHaveLineBreaks() throws {
        let long = String(repeating: "果", count: 4001)
        #expect(try messages([.outcomes: long]) == ["第 2 行 成果「\(long)」过长（最多 4000 个字符）"])
        #expect(try messages([.outcomes: "签约一项\n互访两次"]).isEmpty)
    }

    @Test func amountsAreYuanWithAtMostTwoDecimalsAndNotNegative() throws {
        #expect(try messages([.budget: "12,500", .actual: "¥3800.5"]).isEmpty)
        #expect(
            try messages([.budget: "-1"]) == ["第 2 行 预算（元）「-1」不是有效金额（元，最多两位小数，不为负）"])
        #expect(
            try english([.actual: "1.234"]) == [
                "row 2, actual: \"1.234\" is not an amount in yuan (at most two decimals, not negative)"
            ])
    }
}
