import Foundation

extension String {
    /// The text without leading and trailing white space and newlines, as `trimmingCharacters(in:
    /// .whitespacesAndNewlines)` gives it, without going through `NSString`: an import trims every cell, and most
    /// need nothing taken off.
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        let blank = CharacterSet.whitespacesAndNewlines
        guard let first = scalars.firstIndex(where: { !blank.contains($0) }),
            let last = scalars.lastIndex(where: { !blank.contains($0) })
        else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
