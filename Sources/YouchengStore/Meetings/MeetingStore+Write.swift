import Foundation
import SQLKit
import YouchengCore

extension MeetingStore {
    /// Records meeting `draft`, refusing an agenda link to a record that does not exist and attendance of an unknown
    /// unit (`MeetingError`, naming the item or unit); audited with its values in the same transaction.
    public func create(_ draft: JointMeetingDraft, by actor: AuditActor) async throws -> JointMeeting {
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: Self.tables) { sql in
            try await Self.check(draft, sql: sql)
            let id = try await sql.raw(
                """
                INSERT INTO meetings (day, kind, title, convenor, place, minutes, version, created_by, created_at,
                  updated_at)
                VALUES (\(bind: draft.date.description), \(bind: draft.kind.rawValue), \(bind: draft.title),
                  \(bind: draft.convenor), \(bind: draft.place), \(bind: draft.minutes), 1, \(bind: actor.username),
                  \(bind: stamp), \(bind: stamp))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw MeetingError.notFound }
            try await Self.writeLists(draft, meetingId: id, sql: sql)
            let meeting = JointMeeting(id: id, draft: draft, createdBy: actor.username)
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .create, entityType: .meeting, entityId: String(id),
                    changes: FieldChange.changes(from: nil, to: meeting.auditValues)),
                at: time, sql: sql)
            return meeting
        }
    }

    /// Replaces meeting `id`'s fields, agenda and attendance with `draft` (its decisions stay), when it is still at
    /// `expectedVersion` (any version when nil); audits what changed. The same values again write nothing.
    public func update(id: Int64, _ draft: JointMeetingDraft, expectedVersion: Int?, by actor: AuditActor)
        async throws -> JointMeeting
    {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.meeting(id: id, sql: sql) else { throw MeetingError.notFound }
            if let expectedVersion, expectedVersion != before.version {
                throw MeetingError.staleVersion(current: before.version)
            }
            if before.draft == draft { return before }
            try await Self.check(draft, sql: sql)
            try await sql.raw(
                """
                UPDATE meetings SET day = \(bind: draft.date.description), kind = \(bind: draft.kind.rawValue),
                  title = \(bind: draft.title), convenor = \(bind: draft.convenor), place = \(bind: draft.place),
                  minutes = \(bind: draft.minutes), version = version + 1, updated_at = \(bind: Timestamp.string(time))
                WHERE id = \(bind: id)
                """
            ).run()
            try await sql.raw("DELETE FROM meeting_agenda_items WHERE meeting_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM meeting_attendance WHERE meeting_id = \(bind: id)").run()
            try await Self.writeLists(draft, meetingId: id, sql: sql)
            var after = before
            after.draft = draft
            after.version = before.version + 1
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .meeting, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: after.auditValues)),
                at: time, sql: sql)
            return after
        }
    }

    /// Deletes meeting `id` with its agenda, attendance and decisions; the tasks its decisions created stay in their
    /// plans. Audited with the meeting's values and its decisions' numbers and tasks.
    public func delete(id: Int64, by actor: AuditActor) async throws {
        let time = now()
        try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.meeting(id: id, sql: sql) else { throw MeetingError.notFound }
            try await sql.raw("DELETE FROM meetings WHERE id = \(bind: id)").run()
            let decisions = before.decisions.map { "\($0.number):\($0.taskId.map(String.init) ?? "-")" }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .delete, entityType: .meeting, entityId: String(id),
                    changes: FieldChange.changes(
                        from: before.auditValues + [("decisions", decisions.joined(separator: ","))], to: nil)),
                at: time, sql: sql)
        }
    }

    /// Refuses an agenda link to a missing record and attendance of a unit that does not exist.
    static func check(_ draft: JointMeetingDraft, sql: any SQLDatabase) async throws {
        for (index, item) in draft.agenda.enumerated() {
            guard let link = item.link else { continue }
            let found: SQLQueryString =
                switch link.kind {
                case .task: "SELECT id FROM plan_tasks WHERE id = \(bind: link.id)"
                case .partnership: "SELECT id FROM partnerships WHERE id = \(bind: link.id)"
                case .notice: "SELECT id FROM notices WHERE id = \(bind: link.id)"
                }
            if try await sql.raw(found).first() == nil {
                throw MeetingError.unknownAgendaLink(item: index + 1, link)
            }
        }
        let units = Array(draft.attendance.keys)
        guard !units.isEmpty else { return }
        let known = Set(
            try await sql.raw("SELECT id FROM units WHERE id IN (\(binds: units))").all(
                decodingColumn: "id", as: Int64.self))
        if let missing = units.sorted().first(where: { !known.contains($0) }) {
            throw MeetingError.unknownUnit(missing)
        }
    }

    /// Writes the agenda and attendance rows of meeting `meetingId`.
    static func writeLists(_ draft: JointMeetingDraft, meetingId: Int64, sql: any SQLDatabase) async throws {
        for (index, item) in draft.agenda.enumerated() {
            func id(_ kind: AgendaLinkKind) -> Int64? { item.link?.kind == kind ? item.link?.id : nil }
            try await sql.raw(
                """
                INSERT INTO meeting_agenda_items (meeting_id, position, text, task_id, partnership_id, notice_id)
                VALUES (\(bind: meetingId), \(bind: index + 1), \(bind: item.text), \(bind: id(.task)),
                  \(bind: id(.partnership)), \(bind: id(.notice)))
                """
            ).run()
        }
        for (unit, status) in draft.attendance.sorted(by: { $0.key < $1.key }) {
            try await sql.raw(
                """
                INSERT INTO meeting_attendance (meeting_id, unit_id, status)
                VALUES (\(bind: meetingId), \(bind: unit), \(bind: status.rawValue))
                """
            ).run()
        }
    }
}
