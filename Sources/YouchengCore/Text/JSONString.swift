/// JSON string literals as this program writes them, one way everywhere: only `"`, `\` and control characters are
/// escaped (`\n`, `\r`, `\t`, else `\u00XX`), every other scalar is written as it is. Backup files hash what this
/// writes, so it must not change.
public enum JSONString {
    /// Appends `text` as a JSON string literal to `out`.
    public static func append(_ text: String, to out: inout String) {
        // Most text needs no escape at all: copy it whole (an API list writes hundreds of short strings).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == quote || $0 == backslash }) {
            out += "\""
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        append(text, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal to the UTF-8 bytes `out`.
    public static func append(_ text: String, to out: inout [UInt8]) {
        // Every byte escaped is ASCII, so never part of a multi-byte scalar: the bytes between two escapes are
        // copied as one run. An import writes megabytes of these (its audit's changes, escaped again inside the rows'
        // JSON), and appending them byte by byte, then scalar by scalar, was most of its audit's cost.
        var text = text
        out.append(quote)
        text.withUTF8 { bytes in
            var run = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == quote || byte == backslash {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                switch byte {
                case 0x0A: escape(UInt8(ascii: "n"), to: &out)
                case 0x0D: escape(UInt8(ascii: "r"), to: &out)
                case 0x09: escape(UInt8(ascii: "t"), to: &out)
                case ..<0x20:
                    escape(UInt8(ascii: "u"), to: &out)
                    out.append(contentsOf: [zero, zero, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                default: escape(byte, to: &out)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(quote)
    }

    private static func escape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(backslash)
        out.append(byte)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let zero = UInt8(ascii: "0")
    private static let hex = Array("0123456789abcdef".utf8)
}
