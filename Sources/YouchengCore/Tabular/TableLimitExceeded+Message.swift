extension TableLimitExceeded {
    /// The message in Simplified Chinese: where, then which limit.
    public var zh: String {
        let what =
            switch limit {
            case .partBytes: "解压后超过单个部件的上限 \(bytes(zh: true))"
            case .archiveBytes: "解压后总大小超过上限 \(bytes(zh: true))"
            case .rows: "行数超过上限 \(maximum) 行"
            case .columns: "列数超过上限 \(maximum) 列"
            case .cells: "单元格数超过上限 \(maximum) 个"
            case .cellLength: "单元格内容超过上限 \(maximum) 个字符"
            case .sharedText: "共享字符串超过上限 \(maximum) 个字符"
            }
        var place: [String] = []
        if let part { place.append("部件 \(part)") }
        if let row { place.append("第 \(row) 行") }
        if let column { place.append("第 \(column) 列") }
        return "表格过大，已拒绝：" + (place.isEmpty ? "" : place.joined(separator: "，") + "：") + what
    }

    /// The message in English: where, then which limit.
    public var en: String {
        let what =
            switch limit {
            case .partBytes: "inflates past the limit of \(bytes(zh: false)) for one part"
            case .archiveBytes: "inflates past the limit of \(bytes(zh: false)) in all"
            case .rows: "more than the limit of \(maximum) rows"
            case .columns: "more than the limit of \(maximum) columns"
            case .cells: "more than the limit of \(maximum) cells"
            case .cellLength: "a cell longer than the limit of \(maximum) characters"
            case .sharedText: "shared strings longer than the limit of \(maximum) characters"
            }
        var place: [String] = []
        if let part { place.append("part \(part)") }
        if let row { place.append("row \(row)") }
        if let column { place.append("column \(column)") }
        return "the table is too large and was refused: " + (place.isEmpty ? "" : place.joined(separator: ", ") + ": ")
            + what
    }

    /// The byte limit in MiB when it is a whole number of them.
    private func bytes(zh: Bool) -> String {
        let mebibyte = 1024 * 1024
        if maximum >= mebibyte, maximum % mebibyte == 0 {
            return "\(maximum / mebibyte) MiB"
        }
        return zh ? "\(maximum) 字节" : "\(maximum) bytes"
    }
}
