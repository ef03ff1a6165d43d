import Foundation
import YouchengCore
import YouchengStore

/// Issue 14's matching request on the registry the bench imported: the context of the home with the most
/// partnerships (the registry, its settings, the city themes and the partners' exchange domains, read once) and a
/// page of 50 suggestions over the whole gazetteer, as a server answers `/api/v1/suggestions`.
enum MatchingBench {
    /// The home with the most partnerships of its own (ties by code).
    static func home(services: Services) async throws -> Locality? {
        var counts: [String: Int] = [:]
        for record in try await services.registry.all(PartnershipQuery()) {
            counts[record.partnership.homeCode, default: 0] += 1
        }
        let code = counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
        return code.flatMap { services.reference.localities.locality($0) }
    }

    /// One request: the context and the first page of suggestions for `themes`; returns how many cities matched.
    static func suggest(services: Services, home: Locality, themes: [String]) async throws -> Int {
        let gazetteer = CityGazetteer.bundled
        let context = try await services.matching.context(
            home: home, registry: services.registry, reference: services.reference, gazetteer: gazetteer)
        return context.suggestions(
            SuggestionQuery(themes: themes), gazetteer: gazetteer, catalog: services.reference.countries
        ).total
    }
}
