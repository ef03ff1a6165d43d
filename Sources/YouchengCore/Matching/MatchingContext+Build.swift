extension MatchingContext {
    /// Works out the facts about `home` from `input`, matching registry partners to `gazetteer` cities.
    public static func build(
        home: Locality, input: MatchingInput, reference: ReferenceData, gazetteer: CityGazetteer
    ) -> MatchingContext {
        let homeCodes = Set(reference.localities.subtree(of: home.code))
        let current = input.records.filter { $0.partnership.status != .ended }
        var cityOfPartner: [Int64: Int64] = [:]
        for record in current where cityOfPartner[record.partner.id] == nil {
            let p = record.partner
            switch gazetteer.match(name: p.name, nameZh: p.nameZh, country: p.country) {
            case .none: continue
            case .unique(let city): cityOfPartner[p.id] = city.id
            case .ambiguous(let cities): cityOfPartner[p.id] = cities[0].id
            }
        }
        var excluded = input.excludedCities
        var homesWithPartners: Set<String> = []
        var homeCountries: Set<String> = []
        var own: [PartnershipRecord] = []
        var otherHomes: [Int64: Set<String>] = [:]
        var notes: [Int64: [String]] = [:]
        var knownThemes: [Int64: Set<String>] = [:]
        for record in current {
            let city = cityOfPartner[record.partner.id]
            if homeCodes.contains(record.partnership.homeCode) {
                own.append(record)
                homesWithPartners.insert(record.partnership.homeCode)
                homeCountries.insert(record.partner.country.uppercased())
                if let city { excluded.insert(city) }
            } else if let city {
                otherHomes[city, default: []].insert(record.partnership.homeCode)
            }
            guard let city else { continue }
            let folded = NameKey.fold(record.partnership.notes)
            if !folded.isEmpty { notes[city, default: []].append(folded) }
            for name in input.partnerDomains[record.partner.id] ?? [] {
                knownThemes[city, default: []].insert(NameKey.fold(name))
            }
        }
        for (id, themes) in input.cityThemes {
            for theme in themes { knownThemes[id, default: []].insert(NameKey.fold(theme)) }
        }
        let regions = regionShares(own, settings: input.settings, catalog: reference.countries)
        return MatchingContext(
            home: home, settings: input.settings, homeCodes: homeCodes, homesWithPartners: homesWithPartners,
            total: own.count, homeCountries: homeCountries, excluded: excluded, otherHomes: otherHomes,
            knownThemes: knownThemes, notes: notes, regions: regions,
            regionScores: regionScores(regions, catalog: reference.countries))
    }

    /// Each target share's row: how many of `own` are in the region.
    static func regionShares(_ own: [PartnershipRecord], settings: MatchSettings, catalog: CountryCatalog)
        -> [RegionShare]
    {
        settings.shares.map { share in
            let members = memberCountries(share, catalog: catalog)
            let count = own.filter { members.contains($0.partner.country.uppercased()) }.count
            return RegionShare(
                scope: share.scope, code: share.code, name: regionName(share, catalog: catalog), target: share.percent,
                count: count, total: own.count)
        }
    }

    /// The alpha-2 codes of the countries in a share's region.
    static func memberCountries(_ share: TargetShare, catalog: CountryCatalog) -> Set<String> {
        switch share.scope {
        case .continent:
            guard let continent = Continent(rawValue: share.code) else { return [] }
            return Set(catalog.countries(on: continent))
        case .group:
            return catalog.group(share.code)?.members ?? []
        }
    }

    /// A share's region name: the continent's label or the group's name.
    static func regionName(_ share: TargetShare, catalog: CountryCatalog) -> Bilingual {
        switch share.scope {
        case .continent: Continent(rawValue: share.code)?.label ?? Bilingual(zh: share.code, en: share.code)
        case .group: catalog.group(share.code)?.name ?? Bilingual(zh: share.code, en: share.code)
        }
    }

    /// For every country, the thin-region factor: the points of its thinnest target region, naming it.
    static func regionScores(_ regions: [RegionShare], catalog: CountryCatalog) -> [String: FactorScore] {
        let members = regions.map {
            memberCountries(TargetShare($0.scope, $0.code, percent: $0.target), catalog: catalog)
        }
        var scores: [String: FactorScore] = [:]
        for alpha2 in catalog.byAlpha2.keys {
            var best: RegionShare?
            for (index, region) in regions.enumerated() where members[index].contains(alpha2) {
                if region.points > (best?.points ?? 0) { best = region }
            }
            scores[alpha2] =
                best.map(thinScore)
                ?? FactorScore(
                    .thinRegion, points: 0,
                    reason: Bilingual(
                        zh: "所在大洲和国家组均已达到目标占比或未设目标",
                        en: "its continent and groups are at their target shares or have none"))
        }
        return scores
    }

    /// The factor for a city in `region`, which is below its target.
    static func thinScore(_ region: RegionShare) -> FactorScore {
        FactorScore(
            .thinRegion, points: region.points,
            reason: Bilingual(
                zh: "\(region.name.zh)占 \(region.shareText)%，目标 \(region.target)%",
                en: "\(region.name.en) has \(region.shareText)% of partnerships, target \(region.target)%"))
    }
}
