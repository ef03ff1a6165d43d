import YouchengCore
import YouchengStore

extension WebDependencies {
    /// The dormant list, activity and compliance queries over this application's stores.
    var reports: ExchangeReports {
        ExchangeReports(
            registry: repository, exchanges: exchanges, units: accounts.units, settings: settings, reference: reference)
    }

    /// Today as a day.
    var todayDay: Day { Day(today) ?? Day(year: 2000, month: 1, day: 1)! }
}
