/// The `_xHHHH_` escapes Office uses in cell text (ECMA-376 ST_Xstring) for characters XML cannot
/// carry, such as `_x000D_` for a carriage return; a literal `_` that would look like one is written `_x005F_`.
enum OOXMLText {
    /// Replaces each `_xHHHH_` with the character it names.
    static func decode(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let escaped = escape(in: scalars, at: index) {
                result.append(escaped)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Writes the `_` of every `_xHHHH_` look-alike as `_x005F_`, so `decode` gives back `text`.
    static func encode(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for index in scalars.indices {
            if escape(in: scalars, at: index) != nil {
                result.append(contentsOf: "_x005F".unicodeScalars)
            }
            result.append(scalars[index])
        }
        return String(result)
    }

    /// The character named by an `_xHHHH_` starting at `index`, if one does.
    private static func escape(in scalars: [Unicode.Scalar], at index: Int) -> Unicode.Scalar? {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x",
            scalars[index + 6] == "_"
        else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(index + 2)...(index + 5)] {
            guard let digit = hexValue(scalar) else { return nil }
            value = value * 16 + digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }

    /// A cheap byte scan for `_x`, true for the rare texts worth decoding.
    private static func mayContainEscape(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "_"), byte == UInt8(ascii: "x") {
                return true
            }
            previous = byte
        }
        return false
    }
}
