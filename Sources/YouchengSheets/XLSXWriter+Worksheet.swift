/// The worksheet part: rows of inline-string cells.
extension XLSXWriter {
    static func worksheet(_ rows: [[String]]) -> String {
        var xml = xmlDeclaration + #"<worksheet xmlns="\#(mainNamespace)"><sheetData>"#
        xml.reserveCapacity(rows.count * 256)
        for (rowOffset, row) in rows.enumerated() where !row.isEmpty {
            let rowNumber = String(rowOffset + 1)
            let style = rowOffset == 0 ? #" s="1""# : ""
            xml += #"<row r="\#(rowNumber)">"#
            for (column, text) in row.enumerated() {
                let reference = columnName(column) + rowNumber
                if !text.isEmpty {
                    xml += #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t xml:space="preserve">"#
                    xml += XLSXEscaping.cellText(text)
                    xml += "</t></is></c>"
                } else if column == row.count - 1 {
                    xml += #"<c r="\#(reference)"\#(style)/>"#
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// The letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func columnName(_ column: Int) -> String {
        var remaining = column + 1
        var letters: [UInt8] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(digit))
            remaining = (remaining - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
