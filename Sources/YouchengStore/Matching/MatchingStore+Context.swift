import Foundation
import SQLKit
import YouchengCore

extension MatchingStore {
    /// The matching context of `home`: the registry from `registry`, the home's settings, the city themes and the
    /// partners' exchange domains, each read once. The home's prospects that name a gazetteer city and are not
    /// dropped are already in the pipeline and never suggested, nor are `excludedCities` (GeoNames ids).
    public func context(
        home: Locality, registry: any RegistryRepository, reference: ReferenceData, gazetteer: CityGazetteer,
        excludedCities: Set<Int64> = []
    ) async throws -> MatchingContext {
        let input = MatchingInput(
            records: try await registry.all(PartnershipQuery()),
            settings: try await settings(home: home.code, groups: reference.countries.groups),
            cityThemes: try await allCityThemes(), partnerDomains: try await partnerDomains(),
            excludedCities: excludedCities.union(try await prospectCities(home: home.code)))
        return MatchingContext.build(home: home, input: input, reference: reference, gazetteer: gazetteer)
    }

    /// The GeoNames ids of `home`'s prospects that are not dropped.
    func prospectCities(home: String) async throws -> Set<Int64> {
        try await database.read { sql in
            Set(
                try await sql.raw(
                    """
                    SELECT geoname_id FROM prospects WHERE home_code = \(bind: home) AND geoname_id IS NOT NULL
                      AND stage <> \(bind: ProspectStage.dropped.rawValue)
                    """
                ).all(decodingColumn: "geoname_id", as: Int64.self))
        }
    }
}
