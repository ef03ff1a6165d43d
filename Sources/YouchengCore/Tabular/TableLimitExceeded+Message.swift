extension TableLimitExceeded {
    /// The message in both languages: where (part, row, column, those known), then which limit.
    public var message: Bilingual {
        let place = [
            part.map { Bilingual(zh: "部件 \($0)", en: "part \($0)") },
            row.map { Bilingual(zh: "第 \($0) 行", en: "row \($0)") },
            column.map { Bilingual(zh: "第 \($0) 列", en: "column \($0)") },
        ].compactMap { $0 }
        let zhPlace = place.isEmpty ? "" : place.map(\.zh).joined(separator: "，") + "："
        let enPlace = place.isEmpty ? "" : place.map(\.en).joined(separator: ", ") + ": "
        return Bilingual(
            zh: "表格过大，已拒绝：" + zhPlace + what.zh, en: "the table is too large and was refused: " + enPlace + what.en)
    }

    /// The message in Simplified Chinese.
    public var zh: String { message.zh }

    /// The message in English.
    public var en: String { message.en }

    /// Which limit, and its value.
    private var what: Bilingual {
        switch limit {
        case .partBytes:
            Bilingual(zh: "解压后超过单个部件的上限 \(bytes.zh)", en: "inflates past the limit of \(bytes.en) for one part")
        case .archiveBytes:
            Bilingual(zh: "解压后总大小超过上限 \(bytes.zh)", en: "inflates past the limit of \(bytes.en) in all")
        case .rows: Bilingual(zh: "行数超过上限 \(maximum) 行", en: "more than the limit of \(maximum) rows")
        case .columns: Bilingual(zh: "列数超过上限 \(maximum) 列", en: "more than the limit of \(maximum) columns")
        case .cells: Bilingual(zh: "单元格数超过上限 \(maximum) 个", en: "more than the limit of \(maximum) cells")
        case .cellLength:
            Bilingual(zh: "单元格内容超过上限 \(maximum) 个字符", en: "a cell longer than the limit of \(maximum) characters")
        case .sharedText:
            Bilingual(
                zh: "共享字符串超过上限 \(maximum) 个字符", en: "shared strings longer than the limit of \(maximum) characters")
        }
    }

    /// The byte limit in MiB when it is a whole number of them.
    private var bytes: Bilingual {
        let mebibyte = 1024 * 1024
        if maximum >= mebibyte, maximum % mebibyte == 0 {
            return Bilingual(zh: "\(maximum / mebibyte) MiB", en: "\(maximum / mebibyte) MiB")
        }
        return Bilingual(zh: "\(maximum) 字节", en: "\(maximum) bytes")
    }
}
