extension Prospect: AuditedRecord {
    /// Names, country, GeoNames id, home, unit, themes, notes, stage and its day, partnership, then the version.
    public var auditValues: [(String, String?)] {
        let d = draft
        return [
            ("name", d.name), ("nameZh", d.nameZh), ("country", d.country), ("geonameId", d.geonameId.map(String.init)),
            ("homeCode", d.homeCode), ("unitId", String(d.unitId)), ("themes", d.themes.joined(separator: "、")),
            ("notes", d.notes), ("stage", stage.rawValue), ("stageDate", stageDate.description),
            ("partnershipId", partnershipId.map(String.init)), (FieldChange.versionField, String(version)),
        ]
    }
}

extension PipelineTarget: AuditedRecord {
    /// Home, year, new partnerships (min, max), total by a date, localities covered by a date.
    public var auditValues: [(String, String?)] {
        [
            ("homeCode", homeCode), ("year", String(year)), ("newMin", String(newPartnerships.min)),
            ("newMax", String(newPartnerships.max)), ("totalByDate", totalBy?.date.description),
            ("totalByCount", totalBy?.count.map(String.init)), ("localitiesByDate", localitiesBy?.date.description),
            ("localitiesByCount", localitiesBy.map { $0.count.map(String.init) ?? "all" }),
        ]
    }
}
