import Testing
import YouchengCore

@Suite struct MatchSettingsValidationTests {
    let groups = ReferenceData.bundled.countries.groups

    @Test func validSettingsKeepContinentsFirstAndSkipEmptyFields() throws {
        let settings = try MatchSettings.validated(
            home: "320100", population: "9,000,000",
            shares: [(.group, "BRI-MOU", "40"), (.continent, "europe", "30%"), (.continent, "asia", "")],
            groups: groups, version: 2)
        #expect(settings.population == 9_000_000)
        #expect(
            settings.shares == [
                TargetShare(.continent, "europe", percent: 30), TargetShare(.group, "BRI-MOU", percent: 40),
            ])
        #expect(settings.version == 2)
    }

    @Test func everyBadFieldIsNamedAtOnce() {
        #expect {
            try MatchSettings.validated(
                home: "320100", population: "many", shares: [(.continent, "europe", "120"), (.group, "XX", "5")],
                groups: groups, version: 0)
        } throws: { error in
            guard let errors = error as? FieldErrors else { return false }
            return errors.errors.map(\.field) == ["population", "share_continent_europe", "share_group_XX"]
        }
    }

    @Test func continentsMayNotAddUpToMoreThanAHundred() {
        // 60 + 50 = 110 > 100.
        #expect {
            try MatchSettings.validated(
                home: "320100", population: "", shares: [(.continent, "asia", "60"), (.continent, "europe", "50")],
                groups: groups, version: 0)
        } throws: { error in
            (error as? FieldErrors)?.errors.first?.message.en.contains("110%") == true
        }
    }

    @Test func theDefaultsAreDocumentedOnesAndUnstored() {
        let defaults = MatchSettings.defaults(home: "320100")
        #expect(defaults.isDefault)
        #expect(defaults.population == nil)
        #expect(defaults.shares.map(\.percent) == [35, 30, 15, 10, 10, 40])
    }
}
