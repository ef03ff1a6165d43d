extension CooperationProject: AuditedRecord {
    /// Title, partners (ids, comma-separated), unit, kind, amounts and currency, budget, actual cost, source
    /// (`kind:reference`), stage, then the version.
    public var auditValues: [(String, String?)] {
        let d = draft
        return [
            ("title", d.title), ("partners", d.partnerIds.map(String.init).joined(separator: ",")),
            ("unitId", String(d.unitId)), ("kind", d.kind.rawValue), ("agreed", d.agreed?.plain),
            ("realised", d.realised?.plain), ("currency", d.currency), ("budget", d.budget?.plain),
            ("actualCost", d.actualCost?.plain),
            ("source", d.source.map { "\($0.kind.rawValue):\($0.reference)" }), ("stage", stage.rawValue),
            (FieldChange.versionField, String(version)),
        ]
    }
}
