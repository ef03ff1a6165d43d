import Foundation

extension PlanImporter {
    /// Reads data rows one by one, remembering numbers already seen and the new units the rows name.
    struct RowReader {
        let importer: PlanImporter
        let columns: [PlanColumn: Int]
        var rows: [PlanImportRow] = []
        var errors: [RowError] = []
        var newUnits: [String] = []
        private var newUnitKeys: Set<String> = []
        private var numbers: [String: Int] = [:]

        init(importer: PlanImporter, columns: [PlanColumn: Int]) {
            self.importer = importer
            self.columns = columns
        }

        func cell(_ row: [String], _ column: PlanColumn) -> String {
            guard let i = columns[column], i < row.count else { return "" }
            return row[i].trimmingCharacters(in: .whitespacesAndNewlines)
        }

        mutating func read(_ cells: [String], row: Int) {
            let before = errors.count
            let number = text(cells, .number, row: row, limit: PlanImporter.maxNumber, required: ("缺少序号", "no number"))
            let title = text(cells, .task, row: row, limit: PlanImporter.maxTitle, required: ("缺少任务", "no task"))
            let lead = text(
                cells, .lead, row: row, limit: PlanImporter.maxUnitName, required: ("缺少牵头单位", "no lead unit"))
            let cooperating = list(cells, .cooperating, row: row, limit: PlanImporter.maxUnitName)
                .filter { !importer.sameUnit($0, lead) }
            let domains = list(cells, .domains, row: row, limit: PlanImporter.maxItem)
            let partners = list(cells, .partners, row: row, limit: PlanImporter.maxItem)
            let target = text(cells, .target, row: row, limit: PlanImporter.maxText, multiline: true)
            let notes = text(cells, .notes, row: row, limit: PlanImporter.maxText, multiline: true)
            let dueText = cell(cells, .due)
            var due: Day?
            if !dueText.isEmpty {
                due = DueDate.parse(dueText)
                if due == nil {
                    errors.append(
                        RowError(
                            row: row, column: .due, value: dueText,
                            reason: Bilingual(
                                zh: "不是有效的完成时限（应为日期、月份、季度如 2021年第三季度 或 2021Q3、或年份）",
                                en: "is not a due date (a date, a month, a quarter such as 2021Q3, or a year)")))
                }
            }
            if !number.isEmpty {
                if let first = numbers[number] {
                    errors.append(
                        RowError(
                            row: row, column: .number, value: number,
                            reason: Bilingual(zh: "与第 \(first) 行序号重复", en: "repeats the number of row \(first)")))
                } else {
                    numbers[number] = row
                }
            }
            guard errors.count == before else { return }
            rows.append(
                PlanImportRow(
                    row: row, number: number, title: title, lead: lead, cooperating: cooperating, due: due,
                    domains: domains, partners: partners, target: target, notes: notes))
            for name in [lead] + cooperating { noteNewUnit(name) }
        }

        /// The cell's text, checked; empty (with an error when `required`) when blank or refused.
        private mutating func text(
            _ cells: [String], _ column: PlanColumn, row: Int, limit: Int, multiline: Bool = false,
            required: (zh: String, en: String)? = nil
        ) -> String {
            let value = cell(cells, column)
            if value.isEmpty {
                if let required {
                    errors.append(
                        RowError(row: row, field: column.rawValue, reason: Bilingual(zh: required.zh, en: required.en)))
                }
                return ""
            }
            switch RegistryValue.text(value, limit: limit, multiline: multiline) {
            case .success(let text): return text
            case .failure(let refusal):
                errors.append(RowError(row: row, column: column, value: value, reason: refusal.reason))
                return ""
            }
        }

        /// The cell's items, each checked.
        private mutating func list(_ cells: [String], _ column: PlanColumn, row: Int, limit: Int) -> [String] {
            var out: [String] = []
            for item in PlanImporter.items(cell(cells, column)) {
                switch RegistryValue.text(item, limit: limit) {
                case .success(let text): out.append(text)
                case .failure(let refusal):
                    errors.append(RowError(row: row, column: column, value: item, reason: refusal.reason))
                }
            }
            return out
        }

        private mutating func noteNewUnit(_ name: String) {
            let key = NameKey.fold(name)
            guard importer.unit(named: name) == nil, newUnitKeys.insert(key).inserted else { return }
            newUnits.append(name)
        }
    }
}
