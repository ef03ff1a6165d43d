import Hummingbird

/// The anniversary calendar: the subscription page, its link and the feed.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum CalendarRoute: Route {
    /// The calendar subscription page.
    case calendarSettings
    /// Making a new calendar link.
    case calendarCreate
    /// Ending the calendar link.
    case calendarRevoke
    /// The calendar feed itself (token in the URL).
    case calendarFeed

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [CalendarRoute] = [
        .calendarSettings, .calendarCreate, .calendarRevoke, .calendarFeed,
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .calendarSettings: .get(["calendar"], .signedIn) { CalendarPages(dependencies: $0).settings }
        case .calendarCreate: .post(["calendar"], .signedIn) { CalendarPages(dependencies: $0).create }
        case .calendarRevoke: .post(["calendar", "revoke"], .signedIn) { CalendarPages(dependencies: $0).revoke }
        case .calendarFeed: .get(["calendar.ics"], .open) { CalendarPages(dependencies: $0).feed }
        }
    }
}
