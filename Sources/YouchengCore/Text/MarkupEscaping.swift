/// The one escaper for text written into HTML, SVG and other XML: every page, chart, map and workbook part uses it.
///
/// It works on Unicode scalars, not `Character`s. A quote followed by a combining mark (`"` U+0301) is a single
/// `Character`, so an escaper comparing `Character`s lets the quote through, and a browser or XML parser, which reads
/// scalars, then ends the attribute there.
public enum MarkupEscaping {
    /// `text` for HTML text or a quoted attribute value: `&`, `<`, `>`, `"` and `'` as character references.
    public static func html(_ text: String) -> String {
        guard mayNeedEscaping(text, xml: false) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        appendHTML(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` escaped as `html(_:)` escapes it, appended to the UTF-8 `bytes` of a page being written. The five
    /// markup characters are single bytes that never occur inside another scalar's UTF-8, so this works on scalars.
    public static func appendHTML(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            for index in source.indices {
                let entity: [UInt8]
                switch source[index] {
                case UInt8(ascii: "&"): entity = ampersand
                case UInt8(ascii: "<"): entity = lessThan
                case UInt8(ascii: ">"): entity = greaterThan
                case UInt8(ascii: "\""): entity = quote
                case UInt8(ascii: "'"): entity = apostrophe
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                bytes.append(contentsOf: entity)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)

    /// `text` for XML 1.0 text or a quoted attribute value (SVG, workbook parts): escaped as `html(_:)`, with the
    /// characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF)
    /// removed, and a carriage return written as `&#13;`, which parsers keep where they turn a raw one into a line
    /// feed.
    public static func xml(_ text: String) -> String {
        guard mayNeedEscaping(text, xml: true) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "\t", "\n": out.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether any byte of `text`'s UTF-8 may need escaping: a plain loop over the contiguous bytes (nearly every
    /// string), which the generic `contains(where:)` over the UTF-8 view was several times slower than.
    private static func mayNeedEscaping(_ text: String, xml: Bool) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where mayNeedEscaping(byte, xml: xml) { return true }
            return false
        }
        return found ?? text.utf8.contains { mayNeedEscaping($0, xml: xml) }
    }

    /// Bytes of the UTF-8 that may need escaping: the markup characters, and for XML also control characters and
    /// 0xEF, the lead byte of U+FFFE and U+FFFF.
    private static func mayNeedEscaping(_ byte: UInt8, xml: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0..<0x20, 0xEF: xml
        default: false
        }
    }
}
