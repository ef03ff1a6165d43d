/// Projects as the API and `youcheng projects --json` give them, written by hand as `JSONValue`. A project:
/// `{"id", "title", "partners": [{"id", "name", "nameZh"}], "unit": {"id", "name"}, "kind", "stage", "since",
/// "started", "lastUpdate", "reached", "stalled", "agreed", "realised", "currency", "budget", "actualCost",
/// "source"}` with amounts as decimal strings (`"1200000.50"`) or null and `source` as `{"kind", "ref"}` or null;
/// one project also
/// has `"version"`, `"history": [{"stage", "date", "reason", "by"}]` and `"notes": [{"id", "date", "text", "by"}]`.
/// Days are `YYYY-MM-DD`.
public struct ProjectJSON: Sendable {
    /// Partners by id, for their names.
    public var partners: [Int64: Partner]
    /// Units by id, for their names.
    public var units: [Int64: MemberUnit]
    /// The stalled threshold in days.
    public var days: Int
    /// The day stalled is judged on.
    public var asOf: Day

    /// Writes with these names and this stalled rule.
    public init(partners: [Int64: Partner], units: [Int64: MemberUnit], days: Int, asOf: Day) {
        self.partners = partners
        self.units = units
        self.days = days
        self.asOf = asOf
    }

    /// A project as lists give it.
    public func summary(_ p: ProjectSummary) -> JSONValue {
        let d = p.draft
        func amount(_ value: Money?) -> JSONValue { value.map { .string($0.plain) } ?? .null }
        let partnerList = d.partnerIds.map { id -> JSONValue in
            .object([
                ("id", .int(Int(id))), ("name", .string(partners[id]?.name ?? "")),
                ("nameZh", .string(partners[id]?.nameZh ?? "")),
            ])
        }
        let stalled = ProjectRules.isStalled(stage: p.stage, lastUpdate: p.lastUpdate, asOf: asOf, days: days)
        return .object([
            ("id", .int(Int(p.id))), ("title", .string(d.title)), ("partners", .array(partnerList)),
            ("unit", .object([("id", .int(Int(d.unitId))), ("name", .string(units[d.unitId]?.nameZh ?? ""))])),
            ("kind", .string(d.kind.rawValue)), ("stage", .string(p.stage.rawValue)),
            ("since", .string(p.since.description)),
            ("started", .string(p.started.description)), ("lastUpdate", .string(p.lastUpdate.description)),
            ("reached", .string(p.reached.rawValue)), ("stalled", .bool(stalled)), ("agreed", amount(d.agreed)),
            ("realised", amount(d.realised)), ("currency", .string(d.currency)), ("budget", amount(d.budget)),
            ("actualCost", amount(d.actualCost)),
            (
                "source",
                d.source.map { .object([("kind", .string($0.kind.rawValue)), ("ref", .string($0.reference))]) }
                    ?? .null
            ),
        ])
    }

    /// One project with its version, history and notes.
    public func project(_ p: CooperationProject) -> JSONValue {
        let summary = ProjectSummary(
            id: p.id, draft: p.draft, stage: p.stage, since: p.history.last?.date ?? p.lastUpdate,
            started: p.history.first?.date, lastUpdate: p.lastUpdate,
            reached: ProjectRules.reached(p.history.map(\.stage)))
        guard case .object(var members) = self.summary(summary) else { return .null }
        members.append(("version", .int(p.version)))
        members.append(
            (
                "history",
                .array(
                    p.history.map {
                        .object([
                            ("stage", .string($0.stage.rawValue)), ("date", .string($0.date.description)),
                            ("reason", .string($0.reason)), ("by", .string($0.by)),
                        ])
                    })
            ))
        members.append(
            (
                "notes",
                .array(
                    p.notes.map {
                        .object([
                            ("id", .int(Int($0.id))), ("date", .string($0.date.description)),
                            ("text", .string($0.text)),
                            ("by", .string($0.by)),
                        ])
                    })
            ))
        return .object(members)
    }

    /// `{"items": [...], "page", "per", "total"}`.
    public func page(_ page: ProjectPage) -> JSONValue {
        .object([
            ("items", .array(page.items.map(summary))), ("page", .int(page.page)), ("per", .int(page.per)),
            ("total", .int(page.total)),
        ])
    }
}
