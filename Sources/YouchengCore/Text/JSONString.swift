/// JSON string literals as this program writes them, one way everywhere: only `"`, `\` and control characters are
/// escaped (`\n`, `\r`, `\t`, else `\u00XX`), every other scalar is written as it is. Backup files hash what this
/// writes, so it must not change.
public enum JSONString {
    /// Appends `text` as a JSON string literal to `out`.
    public static func append(_ text: String, to out: inout String) {
        // Most text needs no escape: appended whole.
        if !text.utf8.contains(where: needsEscape) {
            out += "\""
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        append(text, toUTF8: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal to `out`, UTF-8 bytes being built into a text: byte by byte, where a
    /// `String` would be appended run by run through its slower generic paths. Every byte escaped is ASCII, and a
    /// byte of a longer scalar is never one of them, so the bytes copied are the scalars as they are.
    public static func append(_ text: String, toUTF8 out: inout [UInt8]) {
        out.append(0x22)
        for byte in text.utf8 {
            guard needsEscape(byte) else {
                out.append(byte)
                continue
            }
            out.append(0x5C)  // \
            switch byte {
            case 0x0A: out.append(0x6E)  // n
            case 0x0D: out.append(0x72)  // r
            case 0x09: out.append(0x74)  // t
            case 0x22, 0x5C: out.append(byte)
            default: out += [0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0x0F)]  // u00XX
            }
        }
        out.append(0x22)
    }

    /// `"`, `\` and the control characters below U+0020.
    private static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

    /// The lowercase hexadecimal digit of 0–15.
    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }
}
