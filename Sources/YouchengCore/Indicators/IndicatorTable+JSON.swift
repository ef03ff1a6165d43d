extension IndicatorTable {
    /// `{"year", "categories": [{"code", "nameZh", "nameEn", "indicators": [{"id", "code", "nameZh", "nameEn",
    /// "measure", "direction", "formula" (a formula's code, or "manual"), "target", "actual", "status" ("met",
    /// "close", "behind" or null), "source"}]}]}`, a figure null when there is none (an actual is null when not
    /// available): what `youcheng indicators --json` prints and `GET /api/v1/indicators` returns.
    public var json: JSONValue {
        let number = IndicatorNumber.json
        return .object([
            (
                "categories",
                .array(
                    groups.map { group in
                        .object([
                            ("code", .string(group.category.code)),
                            (
                                "indicators",
                                .array(
                                    group.lines.map { line in
                                        let draft = line.indicator.draft
                                        return .object([
                                            ("actual", number(line.actual)), ("code", .string(draft.code)),
                                            ("direction", .string(draft.direction.rawValue)),
                                            ("formula", .string(draft.formula?.rawValue ?? IndicatorDraft.manual)),
                                            ("id", .int(Int(line.indicator.id))), ("measure", .string(draft.measure)),
                                            ("nameEn", .string(draft.nameEn)), ("nameZh", .string(draft.nameZh)),
                                            ("source", .string(line.source)),
                                            ("status", line.status.map { .string($0.rawValue) } ?? .null),
                                            ("target", number(line.target)),
                                        ])
                                    })
                            ),
                            ("nameEn", .string(group.category.nameEn)), ("nameZh", .string(group.category.nameZh)),
                        ])
                    })
            ),
            ("year", .int(year)),
        ])
    }
}

extension Scorecard {
    /// `{"year", "units": [{"unit": {"id", "name"}, "exchanges", "tasksLed", "tasksOnTime", "reports": {"required",
    /// "reported", "percent"} or null, "answers": {"addressed", "onTime", "percent"} or null, "projectsSigned",
    /// "projectsLanded", "prospectsAdvanced" (null when not available)}]}`, rows in the order given, units named by
    /// `names`: what `youcheng scorecard --json` prints and `GET /api/v1/scorecard` returns.
    public func json(rows: [Row], names: [Int64: String]) -> JSONValue {
        func count(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
        return .object([
            (
                "units",
                .array(
                    rows.map { row in
                        .object([
                            (
                                "answers",
                                row.answers.map {
                                    .object([
                                        ("addressed", .int($0.addressed)), ("onTime", .int($0.onTime)),
                                        ("percent", .int($0.percent)),
                                    ])
                                } ?? .null
                            ),
                            ("exchanges", .int(row.exchanges)), ("projectsLanded", count(row.projectsLanded)),
                            ("projectsSigned", count(row.projectsSigned)),
                            ("prospectsAdvanced", count(row.prospectsAdvanced)),
                            (
                                "reports",
                                row.reports.map {
                                    .object([
                                        ("percent", .int($0.percent)), ("reported", .int($0.reported)),
                                        ("required", .int($0.required)),
                                    ])
                                } ?? .null
                            ),
                            ("tasksLed", .int(row.tasksLed)), ("tasksOnTime", .int(row.tasksOnTime)),
                            (
                                "unit",
                                .object([
                                    ("id", .int(Int(row.unitId))), ("name", .string(names[row.unitId] ?? "")),
                                ])
                            ),
                        ])
                    })
            ),
            ("year", .int(year)),
        ])
    }
}
