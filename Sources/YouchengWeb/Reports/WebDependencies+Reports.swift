import YouchengCore
import YouchengStore

extension WebDependencies {
    /// The dormant list, activity and compliance queries over this application's stores, reading partnerships
    /// through `repository` like every other page.
    var reports: ExchangeReports { services.reports(over: repository) }

    /// Today as a day.
    var todayDay: Day { Day(today) ?? Day(year: 2000, month: 1, day: 1)! }
}
