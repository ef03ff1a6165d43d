import Testing
import YouchengCore

@Suite struct ChinaCoverageTests {
    let directory = ReferenceData.bundled.localities

    @Test func busiestCityIsChosenAndItsDistrictsWithoutPartnersNamed() {
        // Nanjing (320100) itself 3, Gulou (320106) 1; Suzhou (320500) 2; Beijing's Dongcheng (110101) 1.
        let coverage = ChinaCoverage(
            homeCodes: ["320100", "320100", "320100", "320106", "320500", "320500", "110101"], directory: directory,
            city: nil)
        #expect(coverage.city?.code == "320100")
        // Nanjing has 11 districts (玄武 秦淮 建邺 鼓楼 浦口 栖霞 雨花台 江宁 六合 溧水 高淳); only Gulou has a partner.
        #expect(coverage.districts.count == 11)
        #expect(coverage.without.count == 10)
        #expect(!coverage.without.contains { $0.code == "320106" })
        #expect(coverage.homes.map(\.locality.code) == ["320100", "320500", "110101", "320106"])
        #expect(coverage.homes.map(\.own) == [3, 2, 1, 1])
    }

    @Test func municipalityDistrictsCountForTheMunicipality() {
        let coverage = ChinaCoverage(homeCodes: ["110101", "110101"], directory: directory, city: nil)
        #expect(coverage.city?.code == "110000")
        #expect(coverage.districts.first { $0.locality.code == "110101" }?.total == 2)
    }
}
