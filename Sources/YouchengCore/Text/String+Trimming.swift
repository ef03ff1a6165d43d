import Foundation

extension String {
    /// The text without leading and trailing white space and newlines, as `trimmingCharacters(in:
    /// .whitespacesAndNewlines)` gives it, without going through `NSString`: an import trims every cell, and most
    /// need nothing taken off.
    public var trimmedWhitespace: String {
        // Most cells begin and end with a visible ASCII character or a Chinese character: nothing to take off, and no
        // scalar to look up in a character set.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, Self.visible(first), Self.visible(last) {
            return self
        }
        let scalars = unicodeScalars
        let blank = Self.blank
        guard let first = scalars.firstIndex(where: { !blank.contains($0) }),
            let last = scalars.lastIndex(where: { !blank.contains($0) })
        else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    /// Kept once: `CharacterSet.whitespacesAndNewlines` builds a new set on every call.
    private static let blank = CharacterSet.whitespacesAndNewlines

    /// A printable ASCII character other than the space, or a CJK unified ideograph: never white space.
    private static func visible(_ scalar: Unicode.Scalar) -> Bool {
        (0x21..<0x7F).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
    }
}
