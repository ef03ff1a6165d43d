/// SQLite's binary JSON (JSONB, https://sqlite.org/jsonb.html), as much of it as rows of text and integers need.
/// Each element is a header, then its payload: the header's low four bits are the element's type, its high four
/// the payload's size (0–11), or 12, 13 or 14 when the size follows in 1, 2 or 4 bytes (big-endian). SQLite accepts
/// a size written in more bytes than it needs, so an array's header is written with room for 4 bytes before its size
/// is known and filled in after.
extension JSONRows {
    /// JSONB element types used here.
    private enum ElementType: UInt8 {
        /// `null`.
        case null = 0
        /// An integer written in ASCII decimal digits.
        case integer = 3
        /// Text stored as it is (SQL text, which SQLite escapes only if it writes it out as JSON).
        case textRaw = 10
        /// An array of elements.
        case array = 11
    }

    /// An array's header with a 4-byte size still to be filled in (``patchSize(at:)``).
    static let arrayHeader: [UInt8] = [0xE0 | ElementType.array.rawValue, 0, 0, 0, 0]

    /// Appends one row as a JSONB array of its values.
    mutating func appendBinary(_ values: [Value]) {
        let start = bytes.count
        bytes += Self.arrayHeader
        for value in values {
            switch value {
            case .text(let text?):
                var text = text
                text.withUTF8 { utf8 in
                    appendHeader(.textRaw, size: utf8.count)
                    bytes.append(contentsOf: utf8)
                }
            case .integer(let number?):
                let digits = String(number).utf8
                appendHeader(.integer, size: digits.count)
                bytes += digits
            case .text(nil), .integer(nil):
                bytes.append(ElementType.null.rawValue)
            }
        }
        patchSize(at: start)
    }

    /// The whole array, its outer header's size filled in.
    func closedArray() -> [UInt8] {
        var rows = self
        rows.patchSize(at: 0)
        return rows.bytes
    }

    /// Writes the payload size of the array whose 5-byte header starts at `start` and runs to the end.
    private mutating func patchSize(at start: Int) {
        let size = UInt32(bytes.count - start - Self.arrayHeader.count)
        for n in 0..<4 { bytes[start + 1 + n] = UInt8(truncatingIfNeeded: size >> (24 - 8 * n)) }
    }

    /// Appends the header of an element of `type` whose payload is `size` bytes, in as few bytes as it fits.
    private mutating func appendHeader(_ type: ElementType, size: Int) {
        switch size {
        case ..<12: bytes.append(UInt8(size) << 4 | type.rawValue)
        case ..<0x100: bytes += [0xC0 | type.rawValue, UInt8(size)]
        case ..<0x1_0000: bytes += [0xD0 | type.rawValue, UInt8(size >> 8), UInt8(size & 0xFF)]
        default:
            bytes.append(0xE0 | type.rawValue)
            for n in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: size >> (24 - 8 * n))) }
        }
    }
}
