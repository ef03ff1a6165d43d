import Foundation
import YouchengCore
import YouchengStore

extension DemoData {
    /// The demo home, 苏州市.
    static let matchingHome = "320500"

    /// Stores matching settings for the demo home and a few city themes, when the registry is the demo and the home
    /// has no settings yet: population 12,740,000 (the 2020 census, rounded), the default continent shares, and Belt
    /// and Road 40%; Toulouse 航空航天 / aerospace, Munich 汽车 / automotive, Osaka 教育 / education. Returns whether it
    /// stored them.
    @discardableResult
    public static func loadMatchingIfEmpty(into services: Services) async throws -> Bool {
        let groups = services.reference.countries.groups
        guard try await isDemo(services.registry),
            try await services.matching.settings(home: matchingHome, groups: groups).isDefault
        else { return false }
        var settings = MatchSettings.defaults(home: matchingHome)
        settings.population = 12_740_000
        _ = try await services.matching.save(settings, expectedVersion: 0, groups: groups, by: .system)
        let themes: [(Int64, [String])] = [
            (2_972_315, ["航空航天", "aerospace"]), (2_867_714, ["汽车", "automotive"]), (1_853_909, ["教育", "education"]),
        ]
        for (id, list) in themes {
            _ = try await services.matching.saveCityThemes(
                geonameId: id, themes: list, expectedVersion: nil, by: .system)
        }
        return true
    }
}
