import Foundation
import YouchengCore

/// A notice as the API gives it, written by hand (`JSONResponse.response(json:)`):
/// `{"id", "title", "kind", "deadline", "partner", "allUnits", "units": [{"id", "name"}], "addressed", "answered",
/// "open", "overdue": [{"id", "name"}], "createdBy", "createdAt"}`, and for one notice also `"body"`,
/// `"answers": [{"unit": {"id", "name"}, "answer", "comment", "contact", "exchange", "answeredAt", "answeredBy",
/// "firstAnsweredAt"}]` and `"unanswered": [{"id", "name"}]`. Days are `YYYY-MM-DD`, times ISO 8601 in UTC.
struct NoticeJSON: Sendable {
    let value: JSONValue

    init(_ detail: NoticeDetail, full: Bool, today: Day, units: [Int64: MemberUnit]) {
        let notice = detail.notice
        func unit(_ id: Int64) -> JSONValue {
            .object([("id", .int(Int(id))), ("name", .string(units[id]?.nameZh ?? "#\(id)"))])
        }
        var members: [(String, JSONValue)] = [
            ("id", .int(Int(notice.id))), ("title", .string(notice.title)), ("kind", .string(notice.kind.rawValue)),
            ("deadline", notice.deadline.map { .string($0.description) } ?? .null),
            ("partner", notice.partnerId.map { .int(Int($0)) } ?? .null), ("allUnits", .bool(notice.toAllUnits)),
            ("units", .array(notice.unitIds.map(unit))), ("addressed", .int(notice.unitIds.count)),
            ("answered", .int(detail.answeredCount)), ("open", .bool(notice.isOpen(on: today))),
            ("overdue", .array(detail.overdue(on: today).map(unit))), ("createdBy", .string(notice.createdBy)),
            ("createdAt", .string(Self.time(notice.createdAt))),
        ]
        if full {
            let answers = notice.unitIds.compactMap { detail.responses[$0] }.map { response -> JSONValue in
                .object([
                    ("unit", unit(response.unitId)), ("answer", .string(response.draft.answer.rawValue)),
                    ("comment", .string(response.draft.comment)), ("contact", .string(response.draft.contact)),
                    ("exchange", response.draft.exchangeId.map { .int(Int($0)) } ?? .null),
                    ("answeredAt", .string(Self.time(response.answeredAt))),
                    ("answeredBy", .string(response.answeredBy)),
                    ("firstAnsweredAt", .string(Self.time(response.firstAnsweredAt))),
                ])
            }
            members += [
                ("body", .string(notice.body)), ("answers", .array(answers)),
                ("unanswered", .array(detail.unanswered.map(unit))),
            ]
        }
        value = .object(members)
    }

    /// `2026-11-23T09:00:00Z`.
    static func time(_ date: Date) -> String { date.formatted(.iso8601) }
}

/// `{"items": [...], "page", "per", "total"}`, as the partnership list.
struct NoticeListJSON: Sendable {
    let value: JSONValue

    init(_ page: NoticePage, today: Day, units: [Int64: MemberUnit]) {
        value = .object([
            ("items", .array(page.items.map { NoticeJSON($0, full: false, today: today, units: units).value })),
            ("page", .int(page.page)), ("per", .int(page.per)), ("total", .int(page.total)),
        ])
    }
}
