import Foundation
import YouchengCore

/// How domain values read in one language: the names views show for kinds, statuses, countries and homes.
struct Display: Sendable {
    /// The page's language.
    let language: Language
    /// Country and locality names.
    let reference: ReferenceData
    /// The deployment's Chinese name for friendship cities.
    let friendshipLabel: String
    /// Countries in the order of their names in this language (sorted once at start-up).
    let countriesByName: [Country]
    /// The suggestions of a home field (`SelectOption.homeSuggestions`, built once at start-up).
    let homeSuggestions: [SelectOption]

    func kind(_ kind: PartnershipKind) -> String { kind.label(friendshipLabel: friendshipLabel).text(language) }

    func status(_ status: PartnershipStatus) -> String { status.label.text(language) }

    func level(_ level: LocalityLevel) -> String { level.label.text(language) }

    func continent(_ continent: Continent) -> String { continent.label.text(language) }

    func text(_ text: Bilingual) -> String { text.text(language) }

    /// The country's name, or its code when the catalog does not know it.
    func country(_ code: String) -> String {
        reference.countries.country(code)?.label.text(language) ?? code
    }

    /// `1985年3月` in Chinese, `1985-03` in English; empty when unknown.
    func date(_ date: PartialDate?) -> String { date?.display(language) ?? "" }

    /// `南京市鼓楼区` in Chinese; `Gulou, Nanjing` in English (pinyin, with the city for districts).
    func home(_ locality: Locality) -> String {
        guard language == .en, !locality.nameEn.isEmpty else { return locality.fullName }
        guard locality.level == .district, let parent = locality.parentCode.flatMap(reference.localities.locality),
            !parent.nameEn.isEmpty
        else { return locality.nameEn }
        return "\(locality.nameEn), \(parent.nameEn)"
    }

    /// The partner's name in this language, falling back to the other.
    func partner(_ partner: Partner) -> String { partner.displayName(language) }

    /// The exchange domain's name, or its code when `domains` does not hold it.
    func domain(_ code: String, in domains: [ExchangeDomain]) -> String {
        domains.first { $0.code == code }.map { text($0.label) } ?? code
    }

    /// The group's name.
    func group(_ group: CountryGroup) -> String { group.name.text(language) }

    /// What an "Edit" link of a table row edits, for screen readers: the partner and the home (`名古屋市（南京市）`).
    func editTarget(_ record: PartnershipRecord, catalog: LabelCatalog) -> String {
        catalog.text("action_edit_target", language, ["partner": partner(record.partner), "home": home(record.home)])
    }
}

extension Display {
    /// Countries sorted by name in `language`: pinyin order in Chinese, alphabetical in English. The bundled
    /// catalog carries that order (`CountryCatalog.countriesInNameOrder`); others are collated.
    static func sortedCountries(_ catalog: CountryCatalog, _ language: Language) -> [Country] {
        catalog.countriesInNameOrder(language) ?? collatedCountries(catalog, language)
    }

    /// Countries sorted by collating their names in `language` (ICU's Chinese collation; the English one of the
    /// machine's locale): what `country_order.csv` records, checked by a test.
    static func collatedCountries(_ catalog: CountryCatalog, _ language: Language) -> [Country] {
        let all = catalog.byAlpha2.values.sorted { $0.alpha2 < $1.alpha2 }
        switch language {
        case .zh:
            let locale = Locale(identifier: "zh_Hans")
            return all.sorted { $0.nameZh.compare($1.nameZh, locale: locale) == .orderedAscending }
        case .en:
            return all.sorted { $0.nameEn.localizedCaseInsensitiveCompare($1.nameEn) == .orderedAscending }
        }
    }
}
