import Foundation

/// Reads a plan document's task table (序号, 任务, 牵头单位, 配合单位, 完成时限, 领域, 友城, 目标, 备注) into valid rows
/// and row-numbered errors per column, matching units by name.
public struct PlanImporter: Sendable {
    /// Units by each of their folded names.
    let unitsByName: [String: MemberUnit]

    /// Creates an importer over the units a row may name (inactive ones too: a name is unique among all units).
    public init(units: [MemberUnit]) {
        var byName: [String: MemberUnit] = [:]
        for unit in units {
            for key in [unit.nameZh, unit.nameEn].map(NameKey.fold) where !key.isEmpty && byName[key] == nil {
                byName[key] = unit
            }
        }
        unitsByName = byName
    }

    /// The columns every task table must have.
    static let requiredColumns: [PlanColumn] = [.number, .task, .lead]

    /// The longest number, title, unit name, list item and text accepted.
    static let maxNumber = 20
    static let maxTitle = 500
    static let maxUnitName = 100
    static let maxItem = 100
    static let maxText = 2000

    /// The separators of a list cell: `、`, `;`, `,` (and their full-width forms), line breaks.
    static let separators: Set<Character> = ["、", ";", "；", ",", "，", "\n", "\r\n"]

    /// Validates `table`. File-level problems throw; every row problem is in the plan's `errors`.
    public func plan(_ table: [[String]]) throws(ImportFileError) -> PlanImportPlan {
        guard let sheet = ImportHeader.read(table, matching: PlanColumn.matching) else { throw .noHeader }
        if let missing = Self.requiredColumns.first(where: { sheet.columns[$0] == nil }) {
            throw .missingColumn(missing.label)
        }
        var reader = RowReader(importer: self, columns: sheet.columns)
        for index in sheet.dataIndices { reader.read(table[index], row: index + 1) }
        guard !sheet.dataIndices.isEmpty else { throw .noData }
        return PlanImportPlan(
            rows: reader.rows, errors: reader.errors, newUnits: reader.newUnits, remarks: sheet.remarks)
    }

    /// The existing unit named `name`, if any.
    func unit(named name: String) -> MemberUnit? { unitsByName[NameKey.fold(name)] }

    /// Whether two names are the same unit: the same name folded, or two names of one existing unit.
    func sameUnit(_ a: String, _ b: String) -> Bool {
        if NameKey.fold(a) == NameKey.fold(b) { return true }
        guard let first = unit(named: a), let second = unit(named: b) else { return false }
        return first.id == second.id
    }

    /// The items of a list cell (or a form's list field), split at `、`, `;` or `,`, trimmed, blanks dropped, each
    /// once.
    public static func items(_ text: String) -> [String] {
        var seen: Set<String> = []
        return text.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
