extension PipelineProgress {
    /// `{"home", "year", "target", "signed", "byStage": {stage: n}, "gap": {"min", "max"}}` (target and gap null
    /// without a target), then `"inApproval", "inTalks", "total", "localities"` (`{"date", "target", "reached",
    /// "gap"}` or null) and `"sentence": {"zh", "en"}`: what `youcheng pipeline --json` prints and
    /// `GET /api/v1/pipeline` returns.
    public var json: JSONValue {
        func byDate(_ value: ByDate?) -> JSONValue {
            value.map {
                .object([
                    ("date", .string($0.date.description)), ("target", .int($0.target)), ("reached", .int($0.reached)),
                    ("gap", .int($0.gap)),
                ])
            } ?? .null
        }
        return .object([
            ("home", .string(homeCode)), ("year", .int(year)), ("target", target.map(\.json) ?? .null),
            ("signed", .int(signed)),
            ("byStage", .object(ProspectStage.allCases.map { ($0.rawValue, .int(byStage[$0] ?? 0)) })),
            ("gap", gap.map { .object([("min", .int($0.min)), ("max", .int($0.max))]) } ?? .null),
            ("inApproval", .int(inApproval)), ("inTalks", .int(inTalks)), ("total", byDate(total)),
            ("localities", byDate(localities)),
            ("sentence", .object([("zh", .string(sentence.zh)), ("en", .string(sentence.en))])),
        ])
    }
}

extension PipelineTarget {
    /// `{"home", "year", "newPartnerships": {"min", "max"}, "totalBy": {"date", "count"} or null, "localitiesBy":
    /// {"date", "count" (a number or "all")} or null}`, as `PUT /api/v1/targets` takes it.
    public var json: JSONValue {
        .object([
            ("home", .string(homeCode)), ("year", .int(year)),
            ("newPartnerships", .object([("min", .int(newPartnerships.min)), ("max", .int(newPartnerships.max))])),
            (
                "totalBy",
                totalBy.map { .object([("date", .string($0.date.description)), ("count", .int($0.count ?? 0))]) }
                    ?? .null
            ),
            (
                "localitiesBy",
                localitiesBy.map {
                    .object([
                        ("date", .string($0.date.description)),
                        ("count", $0.count.map { .int($0) } ?? .string("all")),
                    ])
                } ?? .null
            ),
        ])
    }
}
