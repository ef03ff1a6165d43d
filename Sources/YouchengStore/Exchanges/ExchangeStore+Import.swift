import Foundation
import SQLKit
import YouchengCore

/// What an exchanges import did (or, in a dry run, would do).
public struct ExchangeImportReport: Sendable, Equatable, Codable {
    /// Rows that create an exchange.
    public var created = 0
    /// Rows that change a stored exchange (same start, kind and title).
    public var updated = 0
    /// Rows that match what is stored.
    public var unchanged = 0
    /// Units created because rows named them.
    public var newUnits: [String] = []
    /// Whether anything was written.
    public var stored = false

    /// Creates an empty report.
    public init() {}
}

extension ExchangeStore {
    /// Applies validated import rows in one transaction: creates the units they name that do not exist, then
    /// creates or updates each exchange, recognized by start, kind and title. Audited in the same transaction: one
    /// `import` entry with the counts and one entry per exchange created or changed. With `dryRun` the same work is
    /// rolled back, so the report says exactly what storing would do.
    public func apply(_ plan: ExchangeImportPlan, dryRun: Bool, actor: AuditActor) async throws
        -> ExchangeImportReport
    {
        let time = now()
        let report: ExchangeImportReport
        do {
            report = try await database.writeTransaction(locking: ["units"] + Self.tables) { sql in
                var report = try await withImportCache(sql: sql) {
                    try await Self.apply(plan, actor: actor, time: time, sql: sql)
                }
                if dryRun { throw DryRun(report: report) }
                report.stored = true
                return report
            }
        } catch let dry as DryRun {
            return dry.report
        }
        if report.created + report.updated >= Self.analyzeAfter { await analyze() }
        return report
    }

    /// Rows an import creates or changes from which PostgreSQL is asked to look at the tables again at once.
    static let analyzeAfter = 10_000

    /// Has PostgreSQL sample the tables an import filled (`ANALYZE`): until its automatic ANALYZE runs, a minute or
    /// more later, it plans over the old counts (a partner's timeline right after storing 300,000 exchanges took 110
    /// ms instead of 30). The import is stored by then, so a failure here is left for the automatic one. SQLite
    /// plans without such counts.
    private func analyze() async {
        guard database.dialect == .postgres else { return }
        try? await database.withConnection { sql in
            try await sql.raw(
                """
                ANALYZE exchanges, exchange_partners, exchange_countries, exchange_domain_links, partner_exchange_days,
                  partner_last_exchanges
                """
            ).run()
        }
    }

    /// Thrown to roll a dry run back with what it found.
    private struct DryRun: Error {
        let report: ExchangeImportReport
    }

    private static func apply(_ plan: ExchangeImportPlan, actor: AuditActor, time: Date, sql: any SQLDatabase)
        async throws -> ExchangeImportReport
    {
        var report = ExchangeImportReport()
        let unitIds = try await unitIds(creating: plan.newUnits, actor: actor, time: time, sql: sql, report: &report)
        // Each row's draft is made when it is written and not kept: 300,000 drafts, then the exchanges made of them,
        // then those sorted, were three more copies of the file's rows.
        let draft: @Sendable (ExchangeRow) -> ExchangeDraft = { row in
            ExchangeDraft(
                title: row.title, start: row.start, end: row.end, kind: row.kind, partnerIds: row.partnerIds,
                countries: row.countries, unitId: row.unitName.flatMap { unitIds[NameKey.fold($0)] }, rank: row.rank,
                people: row.people, domains: row.domains, outcomes: row.outcomes, budget: row.budget,
                actual: row.actual
            ).normalized
        }
        let stored = try await storedByIdentity(plan.rows, sql: sql)
        // The positions in `plan.rows` of the rows that create an exchange.
        var fresh: [Int] = []
        let stamp = Timestamp.string(time)
        for (position, row) in plan.rows.enumerated() {
            guard let before = stored[row.identity] else {
                fresh.append(position)
                continue
            }
            // An import has no members column: the stored members stay.
            var merged = draft(row)
            merged.members = before.draft.members
            // A blank amount keeps the stored one: an import never clears a budget or an actual amount.
            merged.budget = merged.budget ?? before.draft.budget
            merged.actual = merged.actual ?? before.draft.actual
            if before.draft.normalized == merged {
                report.unchanged += 1
                continue
            }
            _ = try await write(merged, id: before.id, stamp: stamp, sql: sql)
            guard let after = try await load(where: "e.id = \(bind: before.id)", sql: sql).first else {
                throw ExchangeError.notFound
            }
            try await audit(.update, before: before, after: after, actor: actor, time: time, sql: sql)
            report.updated += 1
        }
        // Inserted in start order (then the file's): the new ids then follow the audit's order, a load's (start, then
        // id), so each batch is audited as it is stored, and the start-day indexes are filled from one end.
        fresh.sort { (plan.rows[$0].start, $0) < (plan.rows[$1].start, $1) }
        let ids = try await insert(
            count: fresh.count, draft: { [fresh] in draft(plan.rows[fresh[$0]]) }, auditing: actor, stamp: stamp,
            sql: sql)
        report.created = ids.count
        try await AuditStore.append(
            AuditEvent(
                actor: actor, action: .imported, entityType: .exchange, entityId: nil,
                changes: [
                    FieldChange(field: "created", before: nil, after: String(report.created)),
                    FieldChange(field: "updated", before: nil, after: String(report.updated)),
                    FieldChange(field: "unchanged", before: nil, after: String(report.unchanged)),
                    FieldChange(field: "newUnits", before: nil, after: report.newUnits.joined(separator: "、")),
                ]), at: time, sql: sql)
        return report
    }

    /// Every unit's id by its folded Chinese and English names, after creating `newUnits` (kind "other").
    private static func unitIds(
        creating newUnits: [String], actor: AuditActor, time: Date, sql: any SQLDatabase,
        report: inout ExchangeImportReport
    ) async throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in try await sql.raw("SELECT id, name_zh, name_en FROM units ORDER BY id").all() {
            let id = try row.decode(column: "id", as: Int64.self)
            for column in ["name_en", "name_zh"] {
                let key = NameKey.fold(try row.decode(column: column, as: String.self))
                if !key.isEmpty { ids[key] = id }
            }
        }
        for name in newUnits where ids[NameKey.fold(name)] == nil {
            let draft = try UnitDraft(nameZh: name, nameEn: "", kind: .other, homeCode: nil, contactPerson: "")
                .validated()
            let unit = try await UnitStore.insert(draft, actor: actor, time: time, sql: sql)
            ids[NameKey.fold(name)] = unit.id
            report.newUnits.append(name)
        }
        return ids
    }

    /// The stored exchanges with the identities of `rows`, read over the rows' date range.
    private static func storedByIdentity(_ rows: [ExchangeRow], sql: any SQLDatabase) async throws
        -> [ExchangeIdentity: Exchange]
    {
        guard let first = rows.lazy.map(\.start).min(), let last = rows.lazy.map(\.start).max() else { return [:] }
        let stored = try await load(
            where: "e.start_day >= \(bind: first.description) AND e.start_day <= \(bind: last.description)", sql: sql)
        guard !stored.isEmpty else { return [:] }
        let wanted = Set(rows.lazy.map(\.identity))
        var out: [ExchangeIdentity: Exchange] = [:]
        for exchange in stored {
            let identity = ExchangeIdentity(
                start: exchange.draft.start, kind: exchange.draft.kind, title: exchange.draft.title)
            if wanted.contains(identity) { out[identity] = exchange }
        }
        return out
    }

    /// The exchanges with `ids`, in batches.
    static func load(ids: [Int64], sql: any SQLDatabase) async throws -> [Exchange] {
        var out: [Exchange] = []
        for batch in ids.chunked(500) { out += try await load(where: "e.id IN (" + list(Array(batch)) + ")", sql: sql) }
        return out
    }

    static func audit(
        _ action: AuditAction, before: Exchange?, after: Exchange, actor: AuditActor, time: Date, sql: any SQLDatabase
    ) async throws {
        try await AuditStore.append(auditEvent(action, before: before, after: after, actor: actor), at: time, sql: sql)
    }

    /// The audit entry of one exchange created or changed by an import.
    static func auditEvent(_ action: AuditAction, before: Exchange?, after: Exchange, actor: AuditActor)
        -> AuditEvent
    {
        AuditEvent(
            actor: actor, action: action, entityType: .exchange, entityId: String(after.id),
            changes: FieldChange.changes(from: before?.auditValues, to: after.auditValues))
    }
}
