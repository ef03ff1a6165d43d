import Testing
import YouchengCore

/// The dormant silence a user may choose: 1 to 100 years, for the pages, the command line and the setting.
@Suite struct DormantYearsLimitTests {
    @Test func theLimitsAreOneToAHundred() {
        #expect(DormantRule.yearsRange.lowerBound == 1)
        #expect(DormantRule.yearsRange.upperBound == 100)
    }

    @Test func theSettingTakesOneToAHundredYears() throws {
        #expect(try Setting.dormantYears.validate(" 100 ").get() == "100")
        #expect(try Setting.dormantYears.validate("1").get() == "1")
        #expect((try? Setting.dormantYears.validate("101").get()) == nil)
        #expect((try? Setting.dormantYears.validate("0").get()) == nil)
    }

    @Test func theSettingsRefusalNamesTheLimits() {
        guard case .failure(let error) = Setting.dormantYears.validate("101") else {
            Issue.record("101 years accepted")
            return
        }
        #expect(error.field == "dormant.years")
        #expect(error.message.en.contains("from 1 to 100"))
    }

    @Test func otherCountsKeepTheirThousand() throws {
        #expect(try Setting.maxCountries.validate("1000").get() == "1000")
    }
}
