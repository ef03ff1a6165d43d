extension JointMeeting: AuditedRecord {
    /// Date, kind, title, convenor, place, agenda (one item a line, links as `kind:id`), attendance (`unit:status`
    /// by unit id), minutes, then the version.
    public var auditValues: [(String, String?)] {
        let d = draft
        let agenda = d.agenda.enumerated().map { index, item in
            "\(index + 1). \(item.text)" + (item.link.map { " [\($0.kind.rawValue):\($0.id)]" } ?? "")
        }
        let attendance = d.attendance.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value.rawValue)" }
        return [
            ("date", d.date.description), ("kind", d.kind.rawValue), ("title", d.title), ("convenor", d.convenor),
            ("place", d.place), ("agenda", agenda.joined(separator: "\n")),
            ("attendance", attendance.joined(separator: ",")), ("minutes", d.minutes),
            (FieldChange.versionField, String(version)),
        ]
    }
}

extension MeetingDecision: AuditedRecord {
    /// Meeting, number, text, the task and whether the decision created it.
    public var auditValues: [(String, String?)] {
        [
            ("meetingId", String(meetingId)), ("number", String(number)), ("text", text),
            ("taskId", taskId.map(String.init)), ("createdTask", String(createdTask)),
        ]
    }
}
