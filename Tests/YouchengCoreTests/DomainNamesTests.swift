import Testing
import YouchengCore

/// A domain is found by its code, its names, or the whole words its English name begins with; where two names begin
/// alike, the domain listed first is the one found.
@Suite struct DomainNamesTests {
    static let domains = [
        ExchangeDomain(code: "arts", nameZh: "文艺", nameEn: "Culture and Arts"),
        ExchangeDomain(code: "heritage", nameZh: "遗产", nameEn: "Culture Heritage Sites"),
        ExchangeDomain(code: "sport", nameZh: "体育", nameEn: "Sport"),
    ]

    @Test func theWordsAnEnglishNameBeginsWithFindTheFirstDomainSoNamed() {
        let names = DomainNames(Self.domains)

        #expect(names.domain(named: "culture")?.code == "arts")
        #expect(names.domain(named: "Culture  and")?.code == "arts")
        #expect(names.domain(named: "culture heritage")?.code == "heritage")
        #expect(names.domain(named: "CULTURE HERITAGE SITES")?.code == "heritage")
        #expect(names.domain(named: "体育")?.code == "sport" && names.domain(named: "sport")?.code == "sport")
    }

    @Test func aWordInsideANameOrAPartOfAWordFindsNothing() {
        let names = DomainNames(Self.domains)

        #expect(names.domain(named: "arts") == .some(Self.domains[0]))  // its code
        #expect(names.domain(named: "heritage sites") == nil && names.domain(named: "cult") == nil)
        #expect(names.domain(named: "culture and arts x") == nil && names.domain(named: " ") == nil)
    }
}
