import Foundation

extension CountryCatalog {
    /// The catalog with the name order of `country_order.csv`: a header `zh,en`, then on line n the alpha-2 codes of
    /// the n-th country by name in each language.
    public func withNameOrder(csv rows: [[String]]) -> CountryCatalog {
        guard let header = rows.first else { return self }
        var copy = self
        for (column, name) in header.enumerated() {
            guard let language = Language(rawValue: name) else { continue }
            copy.nameOrder[language] = rows.dropFirst().compactMap { $0.count > column ? $0[column] : nil }
        }
        return copy
    }

    /// The countries in the order of their names in `language`, as the bundled order gives it; nil when it does not
    /// name every country of the catalog exactly once (then the names must be collated, see `Display`). Collating
    /// the names at start reached into ICU's collation code and its Chinese tables, about 2 MB of the server's
    /// memory, for an order that only changes when the reference files do.
    public func countriesInNameOrder(_ language: Language) -> [Country]? {
        guard let codes = nameOrder[language], codes.count == byAlpha2.count, Set(codes).count == codes.count else {
            return nil
        }
        let countries = codes.compactMap { byAlpha2[$0] }
        return countries.count == codes.count ? countries : nil
    }
}
