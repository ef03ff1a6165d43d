import Foundation
import SQLKit
import YouchengCore

/// The indicator table, the unit scorecard and the money table of a year, over the stores of one database: the
/// pages, the API and the commands all ask here, so they give the same figures. Each figure is read with an
/// aggregate query (counts grouped by unit and kind, one row per task due) rather than a query per unit.
public struct IndicatorReports: Sendable {
    let registry: any RegistryRepository
    let services: Services

    /// Creates the reports over `services`, reading partnerships through `registry` (the web wraps it).
    public init(registry: any RegistryRepository, services: Services) {
        self.registry = registry
        self.services = services
    }

    var database: Database { services.database }

    /// The indicator table of `year`, rates judged as of `today` (or the year's end, when that comes first), answer
    /// days read in `timeZone`.
    public func table(year: Int, today: Day, timeZone: TimeZone) async throws -> IndicatorTable {
        let facts = try await facts(year: year, today: today, timeZone: timeZone)
        let store = services.indicators
        return IndicatorTable(
            indicators: try await store.indicators(), categories: try await store.categories(),
            years: try await store.years(year), facts: facts)
    }

    /// The unit scorecard of `year`: every active unit and any other with a figure, by Chinese name. It reads no
    /// partnerships: no unit figure counts them.
    public func scorecard(year: Int, today: Day, timeZone: TimeZone) async throws -> Scorecard {
        async let units = services.accounts.units.list(includeInactive: true)
        let facts = try await facts(year: year, today: today, timeZone: timeZone, partnerships: false)
        let listed = Scorecard.unitsWithFigures(facts)
        let ids = try await units.filter { $0.active || listed.contains($0.id) }.sorted {
            ($0.nameZh, $0.id) < ($1.nameZh, $1.id)
        }
        .map(\.id)
        return Scorecard(facts: facts, unitIds: ids)
    }

    /// Everything the formulas read for `year` (without the partnerships and last exchanges when `partnerships` is
    /// false), each part read at once beside the others. Projects' and prospects' stage changes come from
    /// ``projectStageHistories(through:)`` and ``prospectStageHistories(through:)``.
    public func facts(year: Int, today: Day, timeZone: TimeZone, partnerships: Bool = true) async throws
        -> IndicatorFacts
    {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31),
            let after = Day(year: year + 1, month: 1, day: 1)
        else { throw Self.badYear(year) }
        // Rates of a past year are judged once it has ended; those of the running year as of today.
        let asOf = min(today, after)
        let services = services
        async let records = partnerships ? registry.all(PartnershipQuery()) : []
        async let lastExchange = partnerships ? services.exchanges.lastExchanges(asOf: last) : [:]
        async let counted = database.read { sql in
            (try await Self.exchangeTallies(from: first, to: last, sql: sql), try await Self.tasksDue(year, sql: sql))
        }
        async let answers = services.notices.answerRates(year: year, timeZone: timeZone, asOf: asOf)
        async let reports = services.workspace.reportRates(year: year, asOf: asOf)
        async let projectHistories = projectStageHistories(through: year)
        async let prospectHistories = prospectStageHistories(through: year)
        let (exchanges, tasks) = try await counted
        return IndicatorFacts(
            year: year, partnerships: try await records, lastExchange: try await lastExchange,
            dormantYears: try await services.settings.dormantYears(), directory: services.reference.localities,
            area: nil, exchanges: exchanges, tasks: tasks, answers: try await answers, reports: try await reports,
            projectHistories: try await projectHistories, prospectHistories: try await prospectHistories)
    }

    /// The refusal of a year out of range, naming the field.
    static func badYear(_ year: Int) -> FieldError {
        FieldError(
            code: "invalid_year", field: "year",
            message: Bilingual(zh: "年份「\(year)」无效", en: "year \"\(year)\" is not valid"))
    }

    /// The exchanges starting from `first` to `last`, counted by unit and kind.
    static func exchangeTallies(from first: Day, to last: Day, sql: any SQLDatabase) async throws -> [ExchangeTally] {
        try await sql.raw(
            """
            SELECT unit_id, kind, COUNT(*) AS n FROM exchanges
            WHERE start_day >= \(bind: first.description) AND start_day <= \(bind: last.description)
            GROUP BY unit_id, kind
            """
        ).all().map { row in
            ExchangeTally(
                unitId: try row.decode(column: "unit_id", as: Int64?.self),
                kind: try row.decodeStored("kind", table: "exchanges", idColumn: nil) { ExchangeKind(rawValue: $0) },
                count: try row.decode(column: "n", as: Int.self))
        }
    }

    /// The tasks of plans in force or closed due in `year`, each with the day it was first reported done.
    static func tasksDue(_ year: Int, sql: any SQLDatabase) async throws -> [TaskOutcome] {
        try await sql.raw(
            """
            SELECT t.id, t.lead_unit_id, t.due_day, MIN(r.day) AS first_done FROM plan_tasks t
            JOIN plans p ON p.id = t.plan_id
            LEFT JOIN progress_reports r ON r.task_id = t.id AND r.status = \(bind: PlanTaskStatus.done.rawValue)
            WHERE p.status <> \(bind: PlanStatus.draft.rawValue)
              AND t.due_day >= \(bind: "\(year)-01-01") AND t.due_day <= \(bind: "\(year)-12-31")
            GROUP BY t.id, t.lead_unit_id, t.due_day ORDER BY t.id
            """
        ).all().map { row in
            TaskOutcome(
                taskId: try row.decode(column: "id", as: Int64.self),
                leadUnitId: try row.decode(column: "lead_unit_id", as: Int64.self),
                due: try row.decodeStored("due_day", table: "plan_tasks") { Day(parsing: $0) },
                firstDone: try row.decodeStoredIfPresent("first_done", table: "progress_reports", idColumn: nil) {
                    Day(parsing: $0)
                })
        }
    }
}
