/// Population bands by order of magnitude: a population's band is its number of digits less one, so 15,000–99,999
/// is band 4, 100,000–999,999 band 5, 1,000,000–9,999,999 band 6 and 10,000,000 or more band 7.
public enum PopulationBand {
    /// The band of `population`; nil when it is not positive.
    public static func band(_ population: Int) -> Int? {
        guard population > 0 else { return nil }
        var band = 0
        var rest = population
        while rest >= 10 {
            rest /= 10
            band += 1
        }
        return band
    }

    /// The population points of a city of `city` inhabitants for a home in band `homeBand` (nil: not set).
    public static func points(homeBand: Int?, city: Int) -> Int {
        guard let homeBand, let cityBand = band(city) else { return 0 }
        switch abs(homeBand - cityBand) {
        case 0: return MatchPoints.samePopulationBand
        case 1: return MatchPoints.nearPopulationBand
        default: return 0
        }
    }

    /// The population factor of a city of `city` inhabitants for a home of `home` inhabitants (nil: not set).
    public static func score(home: Int?, city: Int) -> FactorScore {
        guard let home, let homeBand = band(home) else {
            return FactorScore(
                .population, points: 0,
                reason: Bilingual(zh: "未设置本地人口，此项不计分", en: "the home's population is not set, so this scores 0"))
        }
        guard let cityBand = band(city) else {
            return FactorScore(
                .population, points: 0, reason: Bilingual(zh: "城市人口不详", en: "the city's population is unknown"))
        }
        let range = Bilingual(zh: label(cityBand, zh: true), en: label(cityBand, zh: false))
        let points = points(homeBand: homeBand, city: city)
        let reason =
            switch abs(homeBand - cityBand) {
            case 0: Bilingual(zh: "人口同一量级（\(range.zh)）", en: "same population band (\(range.en))")
            case 1: Bilingual(zh: "人口相邻量级（\(range.zh)）", en: "next population band (\(range.en))")
            default: Bilingual(zh: "人口量级相差较大（\(range.zh)）", en: "population band far apart (\(range.en))")
            }
        return FactorScore(.population, points: points, reason: reason)
    }

    /// The band's range as words: `10万–100万` / `100k–1M`.
    static func label(_ band: Int, zh: Bool) -> String {
        let names =
            zh
            ? ["1", "10", "100", "1000", "1万", "10万", "100万", "1000万", "1亿", "10亿"]
            : ["1", "10", "100", "1k", "10k", "100k", "1M", "10M", "100M", "1G"]
        let low = band < names.count ? names[band] : "10^\(band)"
        let high = band + 1 < names.count ? names[band + 1] : "10^\(band + 1)"
        return "\(low)–\(high)"
    }
}
