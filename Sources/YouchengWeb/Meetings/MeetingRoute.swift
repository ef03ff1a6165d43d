import Hummingbird

/// Joint meetings (会议): the list, the form to record or edit one, one meeting with its decisions and the form to
/// add a decision, deleting one after a confirmation, and the same as JSON. Everyone signed in reads; only
/// administrators write. Each line declares a route's method, path, access and handler; `WebRoute.groups` lists
/// this group for registration, and `RouteTableTests` checks that every case is in `all`.
enum MeetingRoute: Route {
    /// The meeting list.
    case meetings
    /// The form to record a meeting.
    case newMeeting
    /// The new meeting form's target.
    case createMeeting
    /// One meeting, everything, and the decision form.
    case meeting(id: Int64)
    /// The form to edit a meeting.
    case editMeeting(id: Int64)
    /// The edit form's target.
    case updateMeeting(id: Int64)
    /// The decision form's target.
    case addDecision(id: Int64)
    /// The page asking to confirm a deletion.
    case deleteMeetingConfirm(id: Int64)
    /// The deletion itself.
    case deleteMeeting(id: Int64)
    /// The meeting list as JSON.
    case apiMeetings
    /// One meeting as JSON.
    case apiMeeting(id: Int64)

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [MeetingRoute] = [
        .meetings, .newMeeting, .createMeeting, .meeting(id: 0), .editMeeting(id: 0), .updateMeeting(id: 0),
        .addDecision(id: 0), .deleteMeetingConfirm(id: 0), .deleteMeeting(id: 0), .apiMeetings, .apiMeeting(id: 0),
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .meetings: .get(["meetings"], .signedIn) { MeetingListPage(dependencies: $0).show }
        case .newMeeting: .get(["meetings", "new"], .admin) { MeetingFormPages(dependencies: $0).new }
        case .createMeeting: .post(["meetings"], .admin) { MeetingFormPages(dependencies: $0).create }
        case .meeting(let id): .get(["meetings", .id(id)], .signedIn) { MeetingDetailPage(dependencies: $0).show }
        case .editMeeting(let id):
            .get(["meetings", .id(id), "edit"], .admin) { MeetingFormPages(dependencies: $0).edit }
        case .updateMeeting(let id):
            .post(["meetings", .id(id), "edit"], .admin) { MeetingFormPages(dependencies: $0).update }
        case .addDecision(let id):
            .post(["meetings", .id(id), "decisions"], .admin) { MeetingDetailPage(dependencies: $0).addDecision }
        case .deleteMeetingConfirm(let id):
            .get(["meetings", .id(id), "delete"], .admin) { MeetingDeletePages(dependencies: $0).confirm }
        case .deleteMeeting(let id):
            .post(["meetings", .id(id), "delete"], .admin) { MeetingDeletePages(dependencies: $0).delete }
        case .apiMeetings: .get(["api", "v1", "meetings"], .signedIn) { MeetingsAPI(dependencies: $0).list }
        case .apiMeeting(let id):
            .get(["api", "v1", "meetings", .id(id)], .signedIn) { MeetingsAPI(dependencies: $0).show }
        }
    }
}
