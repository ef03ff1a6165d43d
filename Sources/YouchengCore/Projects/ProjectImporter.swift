import Foundation

/// A project row of a file, read and checked: the row's number (from 1, as a spreadsheet counts) and its values.
public struct ProjectImportRow: Sendable, Hashable {
    /// The row's number in the file.
    public var row: Int
    /// The project's fields, first stage and day.
    public var valid: ProjectForm.Valid
}

/// Reads a projects table (项目名称, 外方城市, 负责单位, 领域, 阶段, 开始日期, 协议金额, 实现金额, 币种, 预算, 实际支出, 来源类型,
/// 来源) into checked rows, or every bad row's errors, each naming the row and the column in both languages. Partners
/// are read as the exchanges import reads them, units by either name; references are checked by the store.
public struct ProjectImporter: Sendable {
    let names: ExchangeImporter
    let units: PlanImporter
    let today: Day

    /// Creates an importer over the registry's partners and the units `names` holds, judging dates against `today`.
    public init(names: ExchangeImporter, today: Day) {
        self.names = names
        units = PlanImporter(units: names.units)
        self.today = today
    }

    /// The columns every projects table must have.
    static let requiredColumns: [ProjectColumn] = [.title, .partners, .unit, .kind]

    /// The rows of `table` when every one is valid, or the errors of all that are not (`FieldError.field` is the
    /// column's code). File-level problems (no header, a required column missing, no data) throw.
    public func read(_ table: [[String]]) throws(ImportFileError) -> Result<[ProjectImportRow], FieldErrors> {
        guard let sheet = ImportHeader.read(table, matching: ProjectColumn.matching) else { throw .noHeader }
        if let missing = Self.requiredColumns.first(where: { sheet.columns[$0] == nil }) {
            throw .missingColumn(missing.label)
        }
        guard !sheet.dataIndices.isEmpty else { throw .noData }
        var rows: [ProjectImportRow] = []
        var errors: [FieldError] = []
        for index in sheet.dataIndices {
            let cells = table[index]
            func cell(_ column: ProjectColumn) -> String {
                guard let at = sheet.columns[column], at < cells.count else { return "" }
                return cells[at].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            var form = ProjectForm()
            form.title = cell(.title)
            form.partners = [cell(.partners)]
            let unitName = cell(.unit)
            form.unit = units.unit(named: unitName).map { String($0.id) } ?? unitName
            form.kind = cell(.kind)
            form.stage = cell(.stage)
            form.date = cell(.date)
            form.agreed = cell(.agreed)
            form.realised = cell(.realised)
            form.currency = cell(.currency)
            form.budget = cell(.budget)
            form.actualCost = cell(.actualCost)
            form.sourceKind = cell(.sourceKind)
            form.sourceReference = cell(.source)
            let row = index + 1
            switch form.validated(today: today, names: names) {
            case .success(let valid): rows.append(ProjectImportRow(row: row, valid: valid))
            case .failure(let refused):
                errors += refused.errors.map { Self.located($0, row: row, unitName: unitName) }
            }
        }
        return errors.isEmpty ? .success(rows) : .failure(FieldErrors(errors: errors))
    }

    /// `error` of row `row`, its message led by the row and the column in both languages; an unknown unit says its
    /// name.
    public static func located(_ error: FieldError, row: Int, unitName: String) -> FieldError {
        let column = error.field.flatMap(Self.column(forField:))
        var message = error.message
        if error.field == "unit" && !unitName.isEmpty {
            message = Bilingual(zh: "单位「\(unitName)」不存在", en: "unit \"\(unitName)\" does not exist")
        }
        let zh = column.map { "第 \(row) 行「\($0.label.zh)」：" } ?? "第 \(row) 行："
        let en = column.map { "row \(row), \($0.label.en): " } ?? "row \(row): "
        return FieldError(
            code: error.code, field: column?.rawValue ?? error.field,
            message: Bilingual(zh: zh + message.zh, en: en + message.en))
    }

    /// The column of a form field's name.
    static func column(forField field: String) -> ProjectColumn? {
        field == "sourceKind" ? .sourceKind : ProjectColumn(rawValue: field)
    }
}
