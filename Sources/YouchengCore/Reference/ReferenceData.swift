import Foundation

/// The reference data the program ships with: countries, country groups and the Chinese locality tree.
public struct ReferenceData: Sendable {
    /// Countries and groups.
    public let countries: CountryCatalog
    /// Home localities (province › city › district).
    public let localities: LocalityDirectory

    /// Creates reference data from parts (tests build small ones).
    public init(countries: CountryCatalog, localities: LocalityDirectory) {
        self.countries = countries
        self.localities = localities
    }

    /// The bundled data, parsed once per process.
    public static let bundled: ReferenceData = {
        do {
            return try load(resource: { name in
                guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources")
                else { throw ReferenceDataError.missing(name) }
                return try String(contentsOf: url, encoding: .utf8)
            })
        } catch {
            // The files are part of the build; failing to read them is a broken installation, not bad input.
            fatalError("Youcheng reference data is unreadable: \(error)")
        }
    }()

    /// Parses the reference files returned by `resource` (a file name without `.csv` → its text).
    public static func load(resource: (String) throws -> String) throws -> ReferenceData {
        let countries = try parseCountries(CSV.parse(try resource("countries")))
        let variants = try CSV.parse(try resource("country_variants")).dropFirst().compactMap {
            row -> (String, String)? in
            row.count >= 2 ? (row[0], row[1]) : nil
        }
        let groups = try parseGroups(CSV.parse(try resource("country_groups")))
        var catalog = CountryCatalog(
            countries: countries.list, variants: variants, groups: groups, extraNames: countries.extraNames)
        // The name order is optional: without it (reference files of a test) the names are collated instead.
        if let order = try? resource("country_order") { catalog = catalog.withNameOrder(csv: try CSV.parse(order)) }
        let localities = try LocalityDirectory(divisionsCSV: CSV.parse(try resource("china_divisions")))
        return ReferenceData(countries: catalog, localities: localities)
    }

    private static func parseCountries(_ rows: [[String]]) throws -> (list: [Country], extraNames: [String: [String]]) {
        guard let header = rows.first else { throw ReferenceDataError.missing("countries") }
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func value(_ row: [String], _ name: String) -> String {
            guard let i = column[name], i < row.count else { return "" }
            return row[i]
        }
        var list: [Country] = []
        var extra: [String: [String]] = [:]
        for row in rows.dropFirst() where row.count > 1 {
            let alpha2 = value(row, "alpha2")
            list.append(
                Country(
                    alpha2: alpha2, alpha3: value(row, "alpha3"), nameEn: value(row, "name_en"),
                    nameZh: value(row, "name_zh_display"), continent: Continent(m49Code: value(row, "m49_region"))))
            extra[alpha2] = ["name_en_iso", "official_name_en", "name_zh"].map { value(row, $0) }.filter { !$0.isEmpty }
        }
        return (list, extra)
    }

    private static func parseGroups(_ rows: [[String]]) throws -> [CountryGroup] {
        var order: [String] = []
        var groups: [String: CountryGroup] = [:]
        for row in rows.dropFirst() where row.count >= 9 {
            let code = row[0]
            if groups[code] == nil {
                order.append(code)
                groups[code] = CountryGroup(code: code, name: Bilingual(zh: row[1], en: row[2]), members: [])
            }
            // Current members and signatories only: former members (with an end date) and BRICS partners do not count.
            let role = row[6]
            if row[8].isEmpty, role == "member" || role == "signatory" {
                groups[code]?.members.insert(row[3])
            }
        }
        return order.compactMap { groups[$0] }
    }
}

/// The bundled reference data could not be read.
public enum ReferenceDataError: Error, Sendable {
    /// A reference file is missing from the build.
    case missing(String)
}
