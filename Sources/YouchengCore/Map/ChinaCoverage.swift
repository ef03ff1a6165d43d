/// Our side of the registry on the map of China: which home localities keep partnerships and how many, and, for one
/// city, which of its districts and counties keep none yet.
public struct ChinaCoverage: Sendable {
    /// A locality and its number of partnerships.
    public struct Entry: Sendable, Hashable {
        /// The locality.
        public var locality: Locality
        /// Partnerships whose home is the locality itself (`own`) or anything under it (`total`).
        public var own: Int
        /// Partnerships of the locality and every locality under it.
        public var total: Int
    }

    /// Home localities with at least one partnership, most partnerships first (then by code).
    public let homes: [Entry]
    /// The city (or province-level municipality) whose districts are listed.
    public let city: Locality?
    /// Its districts and counties, in code order, each with its partnerships (its own and those under it).
    public let districts: [Entry]

    /// Counts `homeCodes` (one per partnership) against `directory`; `city` is the chosen city, or nil for the
    /// city (or municipality) with most partnerships in its area.
    public init(homeCodes: [String], directory: LocalityDirectory, city: Locality?) {
        var own: [String: Int] = [:]
        for code in homeCodes { own[code, default: 0] += 1 }
        var total: [String: Int] = [:]
        for (code, n) in own {
            for ancestor in directory.path(to: code) { total[ancestor.code, default: 0] += n }
        }
        func entry(_ l: Locality) -> Entry { Entry(locality: l, own: own[l.code] ?? 0, total: total[l.code] ?? 0) }
        homes = own.keys.compactMap(directory.locality).map(entry).sorted {
            ($0.own, $1.locality.code) > ($1.own, $0.locality.code)
        }
        let chosen = city ?? Self.busiestCity(total: total, own: own, directory: directory)
        self.city = chosen
        districts = chosen.map { directory.children(of: $0.code).map(entry) } ?? []
    }

    /// The districts with no partnership yet.
    public var without: [Locality] { districts.filter { $0.total == 0 }.map(\.locality) }

    /// The area a home's partnerships count for: its city, or for a municipality's district (directly under a
    /// province) the municipality.
    public static func area(of code: String, directory: LocalityDirectory) -> Locality? {
        let chain = directory.path(to: code)
        if let city = chain.last(where: { $0.level == .city }) { return city }
        return chain.count > 1 ? chain.first : nil
    }

    private static func busiestCity(total: [String: Int], own: [String: Int], directory: LocalityDirectory)
        -> Locality?
    {
        let areas = Set(own.keys.compactMap { area(of: $0, directory: directory) })
        return areas.max { (total[$0.code] ?? 0, $1.code) < (total[$1.code] ?? 0, $0.code) }
    }
}
