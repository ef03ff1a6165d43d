import Foundation
import YouchengCore

extension MatchingStore {
    /// The matching context of `home`: the registry from `registry`, the home's settings, the city themes and the
    /// partners' exchange domains, each read once. `excludedCities` are GeoNames ids never to suggest (prospects).
    public func context(
        home: Locality, registry: any RegistryRepository, reference: ReferenceData, gazetteer: CityGazetteer,
        excludedCities: Set<Int64> = []
    ) async throws -> MatchingContext {
        let input = MatchingInput(
            records: try await registry.all(PartnershipQuery()),
            settings: try await settings(home: home.code, groups: reference.countries.groups),
            cityThemes: try await allCityThemes(), partnerDomains: try await partnerDomains(),
            excludedCities: excludedCities)
        return MatchingContext.build(home: home, input: input, reference: reference, gazetteer: gazetteer)
    }
}
