import Hummingbird
import YouchengCore

/// The meetings as JSON for anyone signed in: `GET /api/v1/meetings` (parameters `kind`, `year`, `page`, `per`;
/// the paging shape of the notice list) and `GET /api/v1/meetings/{id}` with the agenda, attendance and decisions
/// with their task ids. 400 for a bad parameter, 404 for an unknown meeting.
struct MeetingsAPI: Sendable {
    let dependencies: WebDependencies

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try MeetingQuery(parameters: try request.queryString().pairs)
        return JSONResponse.response(json: MeetingJSON.list(try await dependencies.services.meetings.list(query)))
    }

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let meeting = try await dependencies.storedMeeting(id: try context.pathID())
        return JSONResponse.response(
            json: MeetingJSON.meeting(meeting, units: try await dependencies.noticeUnits()))
    }
}
