import Hummingbird

/// Notices of the joint meeting (通知) and the units' answers: the list with each unit's on-time answer rate, the
/// form to send one (admins), one notice with its answers and the answer form, and the same as JSON.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum NoticeRoute: Route {
    /// The notice list and the answer rates of a year.
    case notices
    /// The form to send a notice.
    case newNotice
    /// The form's target.
    case createNotice
    /// One notice, its answers and the answer form.
    case notice(id: Int64)
    /// The answer form's target.
    case answerNotice(id: Int64)
    /// The notice list as JSON.
    case apiNotices
    /// Sending a notice through the API.
    case apiCreateNotice
    /// One notice as JSON, with its answers and the units that have not answered.
    case apiNotice(id: Int64)
    /// Answering a notice through the API.
    case apiAnswerNotice(id: Int64)

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [NoticeRoute] = [
        .notices, .newNotice, .createNotice, .notice(id: 0), .answerNotice(id: 0), .apiNotices, .apiCreateNotice,
        .apiNotice(id: 0), .apiAnswerNotice(id: 0),
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four. Answering is open to writers; which unit's writer may answer is the handler's
    /// question (`AccessPolicy.mayAnswerNotice`).
    var declaration: RouteDeclaration {
        switch self {
        case .notices: .get(["notices"], .signedIn) { NoticeListPage(dependencies: $0).show }
        case .newNotice: .get(["notices", "new"], .admin) { NoticeFormPages(dependencies: $0).new }
        case .createNotice: .post(["notices"], .admin) { NoticeFormPages(dependencies: $0).create }
        case .notice(let id): .get(["notices", .id(id)], .signedIn) { NoticeDetailPage(dependencies: $0).show }
        case .answerNotice(let id):
            .post(["notices", .id(id), "responses"], .writer) { NoticeDetailPage(dependencies: $0).answer }
        case .apiNotices: .get(["api", "v1", "notices"], .signedIn) { NoticesAPI(dependencies: $0).list }
        case .apiCreateNotice: .post(["api", "v1", "notices"], .admin) { NoticesAPI(dependencies: $0).create }
        case .apiNotice(let id):
            .get(["api", "v1", "notices", .id(id)], .signedIn) { NoticesAPI(dependencies: $0).show }
        case .apiAnswerNotice(let id):
            .post(["api", "v1", "notices", .id(id), "responses"], .writer) { NoticesAPI(dependencies: $0).answer }
        }
    }
}
