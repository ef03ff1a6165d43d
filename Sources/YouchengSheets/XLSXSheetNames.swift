/// Makes worksheet names Excel accepts.
enum XLSXSheetNames {
    /// Excel's longest tab name, counted in UTF-16 units.
    static let maximumLength = 31

    /// `names` made valid and distinct: forbidden characters (`[]:*?/\`) become `_`, leading and
    /// trailing apostrophes are dropped, names are cut to 31 characters, an empty name becomes
    /// `SheetN`, and a repeat (ignoring case, as Excel does) gets ` (2)`, ` (3)` … appended.
    static func sanitized(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            var base = cleaned(name)
            if base.isEmpty {
                base = "Sheet\(index + 1)"
            }
            var candidate = base
            var counter = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = truncated(base, to: maximumLength - suffix.utf16.count) + suffix
                counter += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// Per Unicode scalar, as Excel reads the name: `[` followed by a combining mark is one `Character` but still a
    /// forbidden `[`.
    private static func cleaned(_ name: String) -> String {
        let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where scalar.value >= 0x20 {
            scalars.append(forbidden.contains(scalar) ? "_" : scalar)
        }
        while scalars.first == "'" {
            scalars.removeFirst()
        }
        while scalars.last == "'" {
            scalars.removeLast()
        }
        return truncated(String(scalars), to: maximumLength)
    }

    private static func truncated(_ name: String, to length: Int) -> String {
        var result = ""
        for character in name {
            guard result.utf16.count + character.utf16.count <= length else { break }
            result.append(character)
        }
        return result
    }
}
