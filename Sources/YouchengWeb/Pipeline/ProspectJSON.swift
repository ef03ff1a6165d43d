import Foundation
import YouchengCore

/// A prospect as the API gives it, written by hand (`JSONResponse.response(json:)`): `{"id", "version", "home",
/// "name", "nameZh", "country", "geonameId", "unit", "themes", "notes", "stage", "stageDate", "partnershipId",
/// "createdBy"}` and, for one prospect, `"history": [{"stage", "date", "reason", "by"}]`. Days are `YYYY-MM-DD`.
enum ProspectJSON {
    /// One prospect; its history when `history` is true.
    static func prospect(_ prospect: Prospect, history: Bool) -> JSONValue {
        let d = prospect.draft
        var members: [(String, JSONValue)] = [
            ("id", .int(Int(prospect.id))), ("version", .int(prospect.version)), ("home", .string(d.homeCode)),
            ("name", .string(d.name)), ("nameZh", .string(d.nameZh)), ("country", .string(d.country)),
            ("geonameId", d.geonameId.map { .int(Int($0)) } ?? .null), ("unit", .int(Int(d.unitId))),
            ("themes", .array(d.themes.map { .string($0) })), ("notes", .string(d.notes)),
            ("stage", .string(prospect.stage.rawValue)), ("stageDate", .string(prospect.stageDate.description)),
            ("partnershipId", prospect.partnershipId.map { .int(Int($0)) } ?? .null),
            ("createdBy", .string(prospect.createdBy)),
        ]
        if history {
            members.append(
                (
                    "history",
                    .array(
                        prospect.history.map { change in
                            .object([
                                ("stage", .string(change.stage.rawValue)), ("date", .string(change.date.description)),
                                ("reason", .string(change.reason)), ("by", .string(change.by)),
                            ])
                        })
                ))
        }
        return .object(members)
    }

    /// `{"items": [...], "page", "per", "total"}`, as the other lists.
    static func list(_ page: ProspectPage) -> JSONValue {
        .object([
            ("items", .array(page.items.map { prospect($0, history: false) })), ("page", .int(page.page)),
            ("per", .int(page.per)), ("total", .int(page.total)),
        ])
    }
}
