import Foundation

/// Reading a spreadsheet's header row, shared by the registry and exchanges imports.
enum ImportHeader {
    /// The index of the first non-blank row, each known column's position (the first header naming it wins) and the
    /// other non-blank headers, trimmed; nil when every row is blank.
    static func read<Column: Hashable>(
        _ table: [[String]], matching: (String) -> Column?
    ) -> (index: Int, columns: [Column: Int], unknown: [String])? {
        guard let index = table.firstIndex(where: { !isBlank($0) }) else { return nil }
        var columns: [Column: Int] = [:]
        var unknown: [String] = []
        for (i, name) in table[index].enumerated() {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if let column = matching(trimmed), columns[column] == nil {
                columns[column] = i
            } else if !trimmed.isEmpty {
                unknown.append(trimmed)
            }
        }
        return (index, columns, unknown)
    }

    /// The remark that `unknown` columns were ignored, or nil when there are none.
    static func unknownRemark(_ unknown: [String]) -> Bilingual? {
        guard !unknown.isEmpty else { return nil }
        return Bilingual(
            zh: "未识别的列已忽略：\(unknown.map { "「\($0)」" }.joined())",
            en: "unknown columns ignored: \(unknown.map { "\"\($0)\"" }.joined(separator: ", "))")
    }

    /// Whether every cell of `row` is blank.
    static func isBlank(_ row: [String]) -> Bool {
        row.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
