import Testing
import YouchengCore

/// A partner name several registered partners share is resolved by the row's 国家 when that leaves one.
@Suite struct ExchangePartnerCountryTests {
    static let partners = [
        Partner(id: 11, name: "Hamilton", nameZh: "汉密尔顿", country: "CA"),
        Partner(id: 12, name: "Hamilton", nameZh: "汉密尔顿", country: "NZ"),
        Partner(id: 21, name: "London", nameZh: "伦敦", country: "CA"),
        Partner(id: 22, name: "London", nameZh: "伦敦", country: "GB"),
        Partner(id: 31, name: "Nagoya", nameZh: "名古屋", country: "JP"),
    ]
    let importer = ExchangeImporter(
        reference: .bundled, partners: partners, units: [], domains: ExchangeDomain.defaults)

    func plan(_ rows: [[String]]) throws -> ExchangeImportPlan {
        try importer.plan([["开始日期", "类型", "主题", "友城", "国家"]] + rows)
    }

    @Test func theRowsCountryPicksThePartnerAmongThoseSharingTheName() throws {
        let plan = try plan([
            ["2024-03-01", "来访", "汉密尔顿代表团", "Hamilton", "新西兰"],
            ["2024-05-01", "出访", "访问伦敦", "伦敦", "United Kingdom"],
            ["2024-06-01", "出访", "访问加拿大", "汉密尔顿、London", "加拿大"],
            ["2024-07-01", "出访", "访问日英", "名古屋、London", "日本、英国"],
        ])

        #expect(plan.errors.isEmpty)
        #expect(plan.rows.map(\.partnerIds) == [[12], [22], [11, 21], [31, 22]])
    }

    @Test func aNameThatStaysAmbiguousIsAnErrorNamingTheCandidates() throws {
        let plan = try plan([
            ["2024-03-01", "来访", "无国家", "Hamilton", ""],
            ["2024-05-01", "出访", "两国都有", "London", "加拿大、英国"],
            ["2024-06-01", "出访", "国家不符", "London", "日本"],
        ])

        #expect(plan.rows.isEmpty)
        #expect(
            plan.errors.map(\.message.en) == [
                "row 2, partners: \"Hamilton\" matches several partners: Hamilton (CA), Hamilton (NZ)",
                "row 3, partners: \"London\" matches several partners: London (CA), London (GB)",
                "row 4, partners: \"London\" matches several partners: London (CA), London (GB)",
            ])
        #expect(plan.errors.first?.message.zh == "第 2 行 友城「Hamilton」对应多个外方城市：Hamilton (CA)、Hamilton (NZ)")
    }

    @Test func aCountryDoesNotOverrideAPartnerTheNameAloneFinds() throws {
        let plan = try plan([["2024-03-01", "来访", "名古屋来访", "名古屋", "新西兰"]])

        #expect(plan.errors.isEmpty)
        #expect(plan.rows.first?.partnerIds == [31])
        #expect(plan.rows.first?.countries == ["NZ"])
    }

    @Test func theFormResolvesASharedNameByItsCountriesToo() throws {
        var form = ExchangeForm()
        form.title = "汉密尔顿代表团"
        form.start = "2024-03-01"
        form.kind = "来访"
        form.partners = "Hamilton"
        form.countries = "新西兰"

        let draft = try form.validate(importer: importer, units: []).get()
        #expect(draft.partnerIds == [12])

        form.countries = ""
        guard case .failure(let refused) = form.validate(importer: importer, units: []) else {
            Issue.record("a shared name with no country was accepted")
            return
        }
        #expect(refused.errors.map(\.field) == ["partners"])
    }
}
