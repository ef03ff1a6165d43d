import Testing
import YouchengCore

@Suite struct LocalityDirectoryTests {
    let localities = ReferenceData.bundled.localities

    func resolved(_ text: String) -> String? {
        try? localities.resolve(text).get().code
    }

    @Test func homeIsFoundByCodeFullNameAndShortName() {
        #expect(resolved("320106") == "320106")
        #expect(resolved("南京市") == "320100")
        #expect(resolved("南京市鼓楼区") == "320106")
        #expect(resolved("江苏省南京市鼓楼区") == "320106")
        #expect(resolved("江苏省") == "320000")
        #expect(resolved("南京") == "320100")
        #expect(resolved("上海") == "310000")
        #expect(resolved("广西") == "450000")
        #expect(resolved("内蒙古") == "150000")
        #expect(resolved("延边") == "222400")
    }

    @Test func ambiguousNamesListEveryCandidateWithItsCode() throws {
        guard case .failure(.ambiguous(_, let jilin)) = localities.resolve("吉林") else {
            Issue.record("吉林 should be ambiguous")
            return
        }
        guard case .failure(.ambiguous(_, let gulou)) = localities.resolve("鼓楼区") else {
            Issue.record("鼓楼区 should be ambiguous")
            return
        }
        #expect(Set(jilin.map(\.code)) == ["220000", "220200"])
        #expect(gulou.count == 4)
        #expect(gulou.map(\.fullName).contains("南京市鼓楼区"))
        let message = LocalityLookupError.ambiguous("鼓楼区", candidates: gulou).message
        #expect(message.zh.contains("南京市鼓楼区 320106"))
    }

    @Test func unknownHomeIsAnError() {
        #expect(throws: LocalityLookupError.unknown("示例市")) { try localities.resolve("示例市").get() }
    }

    @Test func placeholderRowsAreFoldedSoMunicipalDistrictsHangUnderTheMunicipality() throws {
        let pudong = try #require(localities.locality("310115"))
        let jiyuan = try #require(localities.locality("419001"))
        #expect(localities.locality("310100") == nil)
        #expect(pudong.parentCode == "310000")
        #expect(pudong.fullName == "上海市浦东新区")
        #expect(jiyuan.parentCode == "410000")
        #expect(localities.locality("500229")?.parentCode == "500000")
    }

    @Test func levelsFollowTheAdministrativeRank() {
        #expect(localities.locality("110000")?.level == .province)
        #expect(localities.locality("320000")?.level == .province)
        #expect(localities.locality("320100")?.level == .city)
        #expect(localities.locality("110105")?.level == .district)
    }

    @Test func subtreeHoldsTheLocalityAndEverythingUnderIt() {
        let nanjing = localities.subtree(of: "320100")
        #expect(nanjing.first == "320100")
        #expect(nanjing.contains("320106"))
        #expect(!nanjing.contains("320200"))
        #expect(nanjing.count == 12)  // the city and its 11 districts
    }

    @Test func noLocalityHasTheSameNameAsItsParent() {
        let sameAsParent = localities.byCode.values.filter { locality in
            locality.parentCode.flatMap { localities.locality($0) }?.name == locality.name
        }
        #expect(sameAsParent.map(\.code).sorted() == [])
    }

    @Test func jiayuguanIsOneCityAndItsPlaceholderDistrictIsNoHome() {
        #expect(resolved("嘉峪关市") == "620200")
        #expect(resolved("嘉峪关") == "620200")
        #expect(localities.locality("620201") == nil)
        #expect(localities.children(of: "620200").isEmpty)
        #expect(!localities.byCode.values.contains { $0.name == "市辖区" })
    }
}
