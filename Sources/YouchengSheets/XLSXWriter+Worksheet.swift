/// The worksheet part: rows of inline-string cells.
extension XLSXWriter {
    static func worksheet(_ rows: [[String]], numbers: Bool = false) -> String {
        var xml = xmlDeclaration + #"<worksheet xmlns="\#(mainNamespace)"><sheetData>"#
        xml.reserveCapacity(rows.count * 256)
        for (rowOffset, row) in rows.enumerated() where !row.isEmpty {
            let rowNumber = String(rowOffset + 1)
            let style = rowOffset == 0 ? #" s="1""# : ""
            xml += #"<row r="\#(rowNumber)">"#
            for (column, text) in row.enumerated() {
                let reference = columnName(column) + rowNumber
                if numbers, isWholeNumber(text) {
                    xml += #"<c r="\#(reference)"\#(style)><v>\#(text)</v></c>"#
                } else if !text.isEmpty {
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

    /// `0`, `42`, `-3`: digits without a leading zero, at most 15 of them (Excel's exact range).
    static func isWholeNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard (1...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return digits == "0" || digits.first != "0"
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
