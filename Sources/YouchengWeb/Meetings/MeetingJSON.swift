import Foundation
import YouchengCore

/// A meeting as the API gives it, written by hand (`JSONResponse.response(json:)`):
/// `{"id", "date", "kind", "title", "decisions", "tasksCreated"}` in the list, and for one meeting also
/// `"convenor", "place", "minutes", "version", "createdBy"`, `"agenda": [{"number", "text", "link": {"kind", "id"}
/// or null}]`, `"attendance": [{"unit": {"id", "name"}, "status"}]` and `"decisions": [{"number", "text", "task",
/// "createdTask"}]` (`decisions` then the list, not the count). Days are `YYYY-MM-DD`.
enum MeetingJSON {
    /// One meeting with everything.
    static func meeting(_ meeting: JointMeeting, units: [Int64: MemberUnit]) -> JSONValue {
        let d = meeting.draft
        let agenda = d.agenda.enumerated().map { index, item -> JSONValue in
            .object([
                ("number", .int(index + 1)), ("text", .string(item.text)),
                (
                    "link",
                    item.link.map { .object([("kind", .string($0.kind.rawValue)), ("id", .int(Int($0.id)))]) }
                        ?? .null
                ),
            ])
        }
        let attendance = d.attendance.sorted { $0.key < $1.key }.map { unit, status -> JSONValue in
            .object([
                ("unit", .object([("id", .int(Int(unit))), ("name", .string(units[unit]?.nameZh ?? "#\(unit)"))])),
                ("status", .string(status.rawValue)),
            ])
        }
        let decisions = meeting.decisions.map { decision -> JSONValue in
            .object([
                ("number", .int(decision.number)), ("text", .string(decision.text)),
                ("task", decision.taskId.map { .int(Int($0)) } ?? .null), ("createdTask", .bool(decision.createdTask)),
            ])
        }
        return .object([
            ("id", .int(Int(meeting.id))), ("date", .string(d.date.description)), ("kind", .string(d.kind.rawValue)),
            ("title", .string(d.title)), ("convenor", .string(d.convenor)), ("place", .string(d.place)),
            ("minutes", .string(d.minutes)), ("version", .int(meeting.version)),
            ("createdBy", .string(meeting.createdBy)), ("agenda", .array(agenda)),
            ("attendance", .array(attendance)), ("decisions", .array(decisions)),
            ("tasksCreated", .int(meeting.tasksCreated)),
        ])
    }

    /// `{"items": [...], "page", "per", "total"}`, as the notice list.
    static func list(_ page: MeetingPage) -> JSONValue {
        .object([
            (
                "items",
                .array(
                    page.items.map { meeting in
                        .object([
                            ("id", .int(Int(meeting.id))), ("date", .string(meeting.date.description)),
                            ("kind", .string(meeting.kind.rawValue)), ("title", .string(meeting.title)),
                            ("decisions", .int(meeting.decisions)), ("tasksCreated", .int(meeting.tasksCreated)),
                        ])
                    })
            ),
            ("page", .int(page.page)), ("per", .int(page.per)), ("total", .int(page.total)),
        ])
    }
}
