import Foundation
import YouchengCore

/// Imports a projects table into `services`: reads and checks every row, then stores them all in one transaction or
/// nothing. Answers the new ids (none for a dry run) or every error, each naming its row and column. The command
/// line and the web's upload (`/projects/import`) both run it.
public enum ProjectImportRun {
    /// What the import did.
    public struct Outcome: Sendable {
        /// The rows read (stored, or that would be on a dry run).
        public var rows: Int
        /// The new projects' ids (none for a dry run or a refusal).
        public var ids: [Int64]
        /// The errors; empty when it succeeded.
        public var errors: [Bilingual]

        /// Creates an outcome.
        public init(rows: Int, ids: [Int64], errors: [Bilingual]) {
            self.rows = rows
            self.ids = ids
            self.errors = errors
        }

        /// Whether it stored (or would store) every row.
        public var succeeded: Bool { errors.isEmpty }

        /// The report for people, both languages on each line.
        public var text: String {
            if succeeded {
                return ids.isEmpty
                    ? "试运行，未写入：\(rows) 个项目可导入 / dry run, nothing stored: \(rows) projects would be imported"
                    : "已导入 \(ids.count) 个合作项目 / imported \(ids.count) projects"
            }
            return (["未导入，文件有 \(errors.count) 处错误 / nothing imported, \(errors.count) errors:"] + errors.map(\.both))
                .joined(separator: "\n")
        }
    }

    /// Runs the import of `table`, judging dates against `today`. A row whose unit `mayWrite` refuses (an editor's
    /// file naming another unit) is an error naming its row, so nothing of the file is stored.
    public static func run(
        table: [[String]], dryRun: Bool, today: Day, services: Services, actor: AuditActor = .system,
        mayWrite: @Sendable (Int64) -> Bool = { _ in true }
    ) async throws -> Outcome {
        let names = ExchangeImporter(
            reference: services.reference, partners: try await services.registry.partners(),
            units: try await services.accounts.units.list(includeInactive: true),
            domains: try await services.exchanges.domains())
        let rows: [ProjectImportRow]
        do {
            switch try ProjectImporter(names: names, today: today).read(table) {
            case .success(let read): rows = read
            case .failure(let refused): return Outcome(rows: 0, ids: [], errors: refused.errors.map(\.message))
            }
        } catch {
            return Outcome(rows: 0, ids: [], errors: [error.message])
        }
        let notYours = rows.filter { !mayWrite($0.valid.draft.unitId) }.map { row in
            ProjectImporter.located(
                FieldError(
                    code: "forbidden", field: "unit",
                    message: Bilingual(
                        zh: "只能导入本单位的合作项目", en: "you may import only your own unit's projects")),
                row: row.row, unitName: "")
        }
        if !notYours.isEmpty { return Outcome(rows: rows.count, ids: [], errors: notYours.map(\.message)) }
        do {
            let ids = try await services.projects.importProjects(rows, dryRun: dryRun, by: actor)
            return Outcome(rows: rows.count, ids: ids, errors: [])
        } catch let refusal as ProjectImportRefusal {
            return Outcome(rows: rows.count, ids: [], errors: refusal.errors.map(\.message))
        }
    }
}
