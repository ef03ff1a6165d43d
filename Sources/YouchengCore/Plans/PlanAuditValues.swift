extension Plan: AuditedRecord {
    /// Title, period, kind, status, parent, then the version.
    public var auditValues: [(String, String?)] {
        [
            ("title", draft.title), ("from", draft.from.description), ("to", draft.to.description),
            ("kind", draft.kind.rawValue), ("status", draft.status.rawValue),
            ("parentId", draft.parentId.map(String.init)), (FieldChange.versionField, String(version)),
        ]
    }
}

extension PlanTask: AuditedRecord {
    /// Plan, number, title, description, units, due date, lists, target, status, progress, parent, then the version.
    public var auditValues: [(String, String?)] {
        let d = draft
        return [
            ("planId", String(planId)), ("number", d.number), ("title", d.title), ("description", d.description),
            ("leadUnitId", String(d.leadUnitId)),
            ("cooperatingUnitIds", d.cooperatingUnitIds.map(String.init).joined(separator: ",")),
            ("due", d.due?.description), ("domains", d.domains.joined(separator: "、")),
            ("partners", d.partners.joined(separator: "、")), ("countries", d.countries.joined(separator: ",")),
            ("target", d.target), ("status", status.rawValue), ("progress", String(progress)),
            ("parentId", parentId.map(String.init)), (FieldChange.versionField, String(version)),
        ]
    }
}

extension ProgressReport: AuditedRecord {
    /// Task, unit, date, status, progress, text, next steps.
    public var auditValues: [(String, String?)] {
        [
            ("taskId", String(taskId)), ("unitId", String(unitId)), ("date", draft.date.description),
            ("status", draft.status.rawValue), ("progress", String(draft.progress)), ("text", draft.text),
            ("nextSteps", draft.nextSteps),
        ]
    }
}
