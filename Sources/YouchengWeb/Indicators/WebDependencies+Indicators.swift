import Foundation
import Hummingbird
import YouchengCore
import YouchengStore

extension WebDependencies {
    /// The indicator table, scorecard and money table over this application's stores, reading partnerships through
    /// `repository` like every other page.
    var indicatorReports: IndicatorReports { services.indicatorReports(over: repository) }

    /// The `year` asked for (this year when none), refused with a 400 naming it when it is not a year.
    func indicatorYear(_ request: Request) throws -> Int {
        try PageParameters(query: try request.queryString(), reference: reference).number(
            "year", in: AnnualReport.years) ?? todayDay.year
    }

    /// The indicator table of `year` as of today.
    func indicatorTable(year: Int) async throws -> IndicatorTable {
        try await indicatorReports.table(year: year, today: todayDay, timeZone: configuration.timeZone)
    }

    /// The scorecard of `year` as of today.
    func scorecard(year: Int) async throws -> Scorecard {
        try await indicatorReports.scorecard(year: year, today: todayDay, timeZone: configuration.timeZone)
    }

    /// Indicator `id`, or `IndicatorError.notFound` (404).
    func storedIndicator(id: Int64) async throws -> Indicator {
        try await services.indicators.indicator(id: id)
    }
}
