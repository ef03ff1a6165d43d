/// What the thin-regions table shows for a home: each target region's share, and the districts under the home that
/// have no partnership.
public struct ThinRegions: Sendable {
    /// The home.
    public var home: Locality
    /// The settings compared with.
    public var settings: MatchSettings
    /// The home's partnerships (not ended), its own and those of localities under it.
    public var total: Int
    /// One row per target share, in the settings' order.
    public var regions: [RegionShare]
    /// County-level localities under the home with no partnership (not ended), by code.
    public var districtsWithout: [Locality]

    /// Creates the table.
    public init(
        home: Locality, settings: MatchSettings, total: Int, regions: [RegionShare], districtsWithout: [Locality]
    ) {
        self.home = home
        self.settings = settings
        self.total = total
        self.regions = regions
        self.districtsWithout = districtsWithout
    }

    /// The regions below their target.
    public var thin: [RegionShare] { regions.filter(\.isThin) }
}

extension MatchingContext {
    /// The thin-regions table of this context's home.
    public func thinRegions(localities: LocalityDirectory) -> ThinRegions {
        let districts = homeCodes.sorted().compactMap { localities.locality($0) }.filter {
            $0.level == .district && $0.code != home.code && !homesWithPartners.contains($0.code)
        }
        return ThinRegions(
            home: home, settings: settings, total: total, regions: regions, districtsWithout: districts)
    }
}
