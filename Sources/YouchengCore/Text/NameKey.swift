import Foundation

/// Normalizes names for comparison: case, accents, width and spacing do not count.
public enum NameKey {
    // Kept once: the CharacterSet getters build a new set on every call, which a 30,000-row import felt.
    static let spaces = CharacterSet.whitespacesAndNewlines
    static let punctuation = CharacterSet.punctuationCharacters

    /// `"  São  Paulo "` → `"sao paulo"`; `"Ｔｏｋｙｏ"` → `"tokyo"`; punctuation such as `.` and `’` is dropped.
    public static func fold(_ text: String) -> String {
        foldPlain(text) ?? foldByScalars(text)
    }

    /// ``fold(_:)`` of any text, scalar by scalar (``foldPlain(_:)`` gives the same for plain text, faster).
    static func foldByScalars(_ text: String) -> String {
        let folded = foldsAlone(text) ? asciiLowercased(text) : foldedByFoundation(text)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == "&" {
                out += out.isEmpty ? "and" : " and"
                pendingSpace = true
                continue
            }
            if spaces.contains(scalar) || scalar == "-" || scalar == "_" {
                pendingSpace = !out.isEmpty
                continue
            }
            if punctuation.contains(scalar) || scalar == "\u{2019}" || scalar == "'" {
                continue
            }
            if pendingSpace {
                out.unicodeScalars.append(" ")
                pendingSpace = false
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Case, accents and width folded by Foundation (through `NSString`).
    static func foldedByFoundation(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Whether every scalar is ASCII, a CJK unified ideograph or the ideographic comma or full stop, which
    /// Foundation's folding leaves alone but for ASCII capitals: most names an import reads are, and `NSString` is
    /// most of a fold's cost.
    static func foldsAlone(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0x7F, 0x3001...0x3002, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
            default: false
            }
        }
    }

    /// `text` with A–Z lowered, as Foundation's case folding lowers them.
    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return text }
        return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
