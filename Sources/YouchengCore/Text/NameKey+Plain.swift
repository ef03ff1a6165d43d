import Foundation

extension NameKey {
    /// What ``fold(_:)`` does with a scalar of plain text.
    enum PlainClass: UInt8 {
        /// Kept (an ASCII capital lowered).
        case keep
        /// A space before the next kept scalar, if any: white space, `-` and `_`.
        case space
        /// Dropped: punctuation.
        case drop
        /// `&`, written as the word `and`.
        case ampersand
    }

    /// The class of each ASCII scalar, worked out once from the same character sets ``fold(_:)`` tests.
    static let asciiClasses: [PlainClass] = (0..<128).map { value in plainClass(Unicode.Scalar(UInt8(value))) }

    /// The class of `scalar` as ``fold(_:)``'s loop treats it.
    static func plainClass(_ scalar: Unicode.Scalar) -> PlainClass {
        if scalar == "&" { return .ampersand }
        if spaces.contains(scalar) || scalar == "-" || scalar == "_" { return .space }
        if punctuation.contains(scalar) || scalar == "\u{2019}" || scalar == "'" { return .drop }
        return .keep
    }

    /// The classes of the ideographic comma and full stop (U+3001, U+3002).
    static let ideographicPunctuationClasses: [PlainClass] = [plainClass("\u{3001}"), plainClass("\u{3002}")]

    /// ``fold(_:)`` of text whose every scalar is ASCII, a CJK unified ideograph or U+3001–U+3002 (which Foundation's
    /// folding leaves alone but for ASCII capitals), worked out over its UTF-8 bytes with a table instead of looking
    /// each scalar up in two character sets: an import folds every name its rows give. `text` itself when folding
    /// changes nothing. Nil for any other text.
    static func foldPlain(_ text: String) -> String? {
        var text = text
        let folded = text.withUTF8 { utf8 -> (plain: Bool, folded: String?) in
            var out: [UInt8] = []
            var changed = false
            var pendingSpace = false
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                var kind: PlainClass
                var width = 1
                if byte < 0x80 {
                    kind = asciiClasses[Int(byte)]
                } else {
                    // Every other plain scalar takes three bytes: 1110xxxx 10xxxxxx 10xxxxxx.
                    guard byte & 0xF0 == 0xE0, i + 2 < utf8.count else { return (false, nil) }
                    let value =
                        UInt32(byte & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                    switch value {
                    case 0x3001...0x3002: kind = ideographicPunctuationClasses[Int(value - 0x3001)]
                    case 0x3400...0x4DBF, 0x4E00...0x9FFF: kind = .keep
                    default: return (false, nil)
                    }
                    width = 3
                }
                switch kind {
                case .keep:
                    if pendingSpace {
                        out.append(UInt8(ascii: " "))
                        pendingSpace = false
                    }
                    if (0x41...0x5A).contains(byte) {
                        out.append(byte + 0x20)
                        changed = true
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[i..<i + width]))
                    }
                case .space:
                    // A single space between kept scalars comes out as it went in; anything else is a change.
                    changed = changed || byte != UInt8(ascii: " ") || pendingSpace || out.isEmpty
                    pendingSpace = !out.isEmpty
                case .drop:
                    changed = true
                case .ampersand:
                    out += out.isEmpty ? Array("and".utf8) : Array(" and".utf8)
                    pendingSpace = true
                    changed = true
                }
                i += width
            }
            // A space left pending at the end is dropped.
            if pendingSpace { changed = true }
            return (true, changed ? String(decoding: out, as: UTF8.self) : nil)
        }
        guard folded.plain else { return nil }
        return folded.folded ?? text
    }
}
