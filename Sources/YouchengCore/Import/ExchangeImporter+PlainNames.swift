import Foundation

extension ExchangeImporter {
    /// ``names(_:)`` of text whose every scalar is ASCII, a CJK unified ideograph, the ideographic comma or full stop,
    /// or a full-width comma or semicolon, split over its UTF-8 bytes: there a separator can join no other scalar into
    /// one character (no combining mark), so splitting at separator scalars splits as characters would, and each name's
    /// bytes are copied whole, trimmed of the only white space such text can hold (ASCII). An import splits every list
    /// cell of every row. Nil for any other text.
    static func plainNames(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { utf8 -> [String]? in
            var names: [String] = []
            var start = 0
            /// Takes the name from `start` to `end`, trimmed, unless it is blank.
            func close(_ end: Int) {
                var (first, last) = (start, end)
                while first < last, asciiBlank[Int(utf8[first])] { first += 1 }
                while last > first, asciiBlank[Int(utf8[last - 1])] { last -= 1 }
                if first < last {
                    names.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[first..<last]), as: UTF8.self))
                }
            }
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                if byte < 0x80 {
                    if isSeparator(Unicode.Scalar(byte)) {
                        close(i)
                        start = i + 1
                    }
                    i += 1
                    continue
                }
                // Every other plain scalar takes three bytes: 1110xxxx 10xxxxxx 10xxxxxx.
                guard byte & 0xF0 == 0xE0, i + 2 < utf8.count else { return nil }
                let value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                switch value {
                case 0x3001, 0xFF0C, 0xFF1B:
                    close(i)
                    start = i + 3
                case 0x3002, 0x3400...0x4DBF, 0x4E00...0x9FFF: break
                default: return nil
                }
                i += 3
            }
            close(utf8.count)
            return names
        }
    }

    /// Whether each byte is an ASCII scalar that `trimmedWhitespace` trims, worked out once from the same set (no byte
    /// of a longer scalar is).
    private static let asciiBlank: [Bool] = (0..<256).map { value in
        value < 0x80 && CharacterSet.whitespacesAndNewlines.contains(Unicode.Scalar(UInt8(value)))
    }
}
