import Foundation

/// Normalizes names for comparison: case, accents, width and spacing do not count.
public enum NameKey {
    // Kept once: the CharacterSet getters build a new set on every call, which a 30,000-row import felt.
    private static let spaces = CharacterSet.whitespacesAndNewlines
    private static let punctuation = CharacterSet.punctuationCharacters

    /// `"  São  Paulo "` → `"sao paulo"`; `"Ｔｏｋｙｏ"` → `"tokyo"`; punctuation such as `.` and `’` is dropped.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
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
}
