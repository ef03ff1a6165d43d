/// Reading and writing comma-separated values (RFC 4180), as exchanged with Excel and WPS.
public enum CSV {
    /// Splits `text` into rows of fields.
    ///
    /// Follows RFC 4180: fields are separated by commas; a field in double quotes may hold separators,
    /// line breaks and `""` (one literal quote). CRLF, LF and CR all end a line. A leading U+FEFF
    /// byte-order mark is skipped, and blank lines at the end of the text are ignored. When the first
    /// line holds no comma but does hold `;` or a tab, that character is the separator instead
    /// (as European Excel writes CSV).
    /// - Parameter limits: How many rows, fields a row, fields in all and characters a field the text may hold.
    /// - Throws: `TabularError.unterminatedQuote(line:)` naming the 1-based line where an unclosed
    ///   quoted field starts; `TabularError.tooLarge` naming the row (and field) where a limit is passed.
    public static func parse(_ text: String, limits: TableLimits = .standard) throws(TabularError) -> [[String]] {
        var text = text
        let result = text.withUTF8 { buffer in
            var parser = CSVParser(bytes: buffer, limits: limits)
            return parser.parse()
        }
        var rows = try result.get()
        while rows.last == [""] {
            rows.removeLast()
        }
        return rows
    }

    /// Formats `rows` as CSV text that Excel opens correctly.
    ///
    /// Fields holding a comma, a double quote, CR or LF are quoted (with quotes doubled); every row,
    /// the last included, ends with CRLF.
    /// - Parameter bom: Whether to start with a U+FEFF byte-order mark, which makes Excel read the
    ///   file as UTF-8 rather than the system code page.
    public static func write(_ rows: [[String]], bom: Bool = true) -> String {
        var out: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 {
                    out.append(UInt8(ascii: ","))
                }
                appendField(field, to: &out)
            }
            out.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one field's UTF-8, quoting it when it needs quotes.
    private static func appendField(_ field: String, to out: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let needsQuotes = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == quote || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
        guard needsQuotes else {
            out.append(contentsOf: field.utf8)
            return
        }
        out.append(quote)
        for byte in field.utf8 {
            out.append(byte)
            if byte == quote {
                out.append(quote)
            }
        }
        out.append(quote)
    }
}
