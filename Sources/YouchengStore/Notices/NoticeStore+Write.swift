import Foundation
import SQLKit
import YouchengCore

extension NoticeStore {
    /// Sends `draft` to its units: all units means the units active now, written out one by one so units added
    /// later do not inherit the notice. Refuses an unknown or inactive unit and an unknown partner
    /// (`NoticeError`, naming the field). Audited with its values in the same transaction.
    public func create(_ draft: NoticeDraft, by actor: AuditActor) async throws -> NoticeDetail {
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: Self.tables + ["units"]) { sql in
            let active = Set(
                try await sql.raw("SELECT id FROM units WHERE active = 1").all(decodingColumn: "id", as: Int64.self))
            let unitIds: [Int64]
            switch draft.addressees {
            case .all: unitIds = active.sorted()
            case .units(let ids):
                if let missing = ids.first(where: { !active.contains($0) }) { throw NoticeError.unknownUnit(missing) }
                unitIds = Array(Set(ids)).sorted()
            }
            if let partner = draft.partnerId,
                try await sql.raw("SELECT id FROM partners WHERE id = \(bind: partner)").first() == nil
            {
                throw NoticeError.unknownPartner(partner)
            }
            let allUnits = draft.addressees == .all
            let id = try await sql.raw(
                """
                INSERT INTO notices (title, body, kind, partner_id, deadline, all_units, created_by, created_at)
                VALUES (\(bind: draft.title), \(bind: draft.body), \(bind: draft.kind.rawValue), \(bind: draft.partnerId),
                  \(bind: draft.deadline?.description), \(bind: allUnits ? 1 : 0), \(bind: actor.username), \(bind: stamp))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw NoticeError.notFound }
            for unit in unitIds {
                try await sql.raw("INSERT INTO notice_units (notice_id, unit_id) VALUES (\(bind: id), \(bind: unit))")
                    .run()
            }
            guard let detail = try await Self.details(where: "n.id = \(bind: id)", sql: sql).first else {
                throw NoticeError.notFound
            }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .create, entityType: .notice, entityId: String(id),
                    changes: FieldChange.changes(from: nil, to: detail.notice.auditValues)),
                at: time, sql: sql)
            return detail
        }
    }

    /// Records unit `unitId`'s answer to notice `noticeId`, replacing its earlier answer if any (the latest counts;
    /// each answer is an audit entry, a change shows before and after). The same answer given again writes
    /// nothing. Refuses an unknown notice, a unit the notice is not addressed to, and an unknown exchange.
    public func respond(
        noticeId: Int64, unitId: Int64, _ draft: NoticeResponseDraft, by actor: AuditActor
    ) async throws -> NoticeResponse {
        let draft = try draft.validated()
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard let detail = try await Self.details(where: "n.id = \(bind: noticeId)", sql: sql).first else {
                throw NoticeError.notFound
            }
            let before = detail.responses[unitId]
            if let before, before.draft == draft { return before }
            if let exchange = draft.exchangeId,
                try await sql.raw("SELECT id FROM exchanges WHERE id = \(bind: exchange)").first() == nil
            {
                throw NoticeError.unknownExchange(exchange)
            }
            let after = try detail.answering(draft, unitId: unitId, at: time, by: actor.username)
            try await Self.write(after, replacing: before != nil, sql: sql)
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: before == nil ? .create : .update, entityType: .noticeResponse,
                    entityId: NoticeResponse.auditId(noticeId: noticeId, unitId: unitId),
                    changes: FieldChange.changes(from: before?.auditValues, to: after.auditValues)),
                at: time, sql: sql)
            return Self.truncated(after)
        }
    }

    private static func write(_ response: NoticeResponse, replacing: Bool, sql: any SQLDatabase) async throws {
        let d = response.draft
        let first = Timestamp.string(response.firstAnsweredAt)
        let at = Timestamp.string(response.answeredAt)
        if replacing {
            try await sql.raw(
                """
                UPDATE notice_responses SET answer = \(bind: d.answer.rawValue), comment = \(bind: d.comment),
                  contact = \(bind: d.contact), exchange_id = \(bind: d.exchangeId), answered_at = \(bind: at),
                  answered_by = \(bind: response.answeredBy)
                WHERE notice_id = \(bind: response.noticeId) AND unit_id = \(bind: response.unitId)
                """
            ).run()
        } else {
            try await sql.raw(
                """
                INSERT INTO notice_responses (notice_id, unit_id, answer, comment, contact, exchange_id,
                  first_answered_at, answered_at, answered_by)
                VALUES (\(bind: response.noticeId), \(bind: response.unitId), \(bind: d.answer.rawValue),
                  \(bind: d.comment), \(bind: d.contact), \(bind: d.exchangeId), \(bind: first), \(bind: at),
                  \(bind: response.answeredBy))
                """
            ).run()
        }
    }

    /// `response` with its times as reading it back gives them (whole seconds).
    private static func truncated(_ response: NoticeResponse) -> NoticeResponse {
        var copy = response
        copy.firstAnsweredAt = Timestamp.truncated(response.firstAnsweredAt)
        copy.answeredAt = Timestamp.truncated(response.answeredAt)
        return copy
    }
}
