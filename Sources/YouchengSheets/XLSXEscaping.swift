/// Escaping text for the XML of a workbook.
enum XLSXEscaping {
    /// `text` with `&`, `<`, `>` and `"` escaped and characters XML 1.0 forbids (most C0 controls,
    /// U+FFFE, U+FFFF) removed. A carriage return becomes `&#13;`, which XML parsers keep, where a
    /// raw one would be turned into a line feed.
    static func xmlText(_ text: String) -> String {
        guard text.utf8.contains(where: needsAttention) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": result.append(contentsOf: "&#13;".unicodeScalars)
            case "\t", "\n": result.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Cell text: `_xHHHH_` look-alikes protected (see `OOXMLText`), then XML-escaped.
    static func cellText(_ text: String) -> String {
        xmlText(OOXMLText.encode(text))
    }

    /// Bytes that may need escaping: markup characters, control characters, and 0xEF, the lead
    /// byte of U+FFFE and U+FFFF in UTF-8.
    private static func needsAttention(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0xEF
    }
}
