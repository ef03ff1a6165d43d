/// How a cell style shows numbers, as far as reading the displayed text back needs.
enum ExcelNumberStyle: Equatable, Sendable {
    /// General, text, or a format with decimals: the number to Excel's 15 significant digits.
    case general
    /// A date format: the day, `yyyy-MM-dd`.
    case date
    /// A whole-number format such as `0`, `#,##0` or `000000`: rounded, padded with zeros to `minimumDigits`
    /// (a locality code in a `000000` cell keeps its leading zero); no thousands separator, so it reads back.
    case whole(minimumDigits: Int)
}

/// Tells date and whole-number formats from other number formats.
enum ExcelNumberFormat {
    /// The style of a built-in format id: 1 (`0`), 3 (`#,##0`) and 37/38 (`#,##0 ;(#,##0)`) are whole numbers.
    static func builtInStyle(_ id: Int) -> ExcelNumberStyle {
        if isBuiltInDate(id) {
            return .date
        }
        switch id {
        case 1, 3, 37, 38: return .whole(minimumDigits: 1)
        default: return .general
        }
    }

    /// The style of a custom format code; only its first section (positive numbers) counts.
    static func style(code: String) -> ExcelNumberStyle {
        if isDateFormatCode(code) {
            return .date
        }
        var zeros = 0
        var placeholders = 0
        for scalar in plainScalars(of: code).prefix(while: { $0 != ";" }) {
            switch scalar {
            case ".", "%", "E", "e", "/", "@", "?": return .general
            case "0":
                zeros += 1
                placeholders += 1
            case "#": placeholders += 1
            default: continue
            }
        }
        return placeholders > 0 ? .whole(minimumDigits: max(zeros, 1)) : .general
    }

    /// Built-in format ids that display a date or time: 14–22 and 45–47 (all locales), plus the
    /// East Asian date formats 27–31, 36, 50–54, 57 and 58 that Chinese Excel refers to without
    /// defining them in `styles.xml` (e.g. 31 is `yyyy"年"m"月"d"日"`).
    static func isBuiltInDate(_ id: Int) -> Bool {
        switch id {
        case 14...22, 45...47, 27...31, 36, 50...54, 57, 58: true
        default: false
        }
    }

    /// Whether a custom format code has a `y`, `m` or `d` token outside quoted text (`"年"`),
    /// brackets (`[Red]`, `[$-804]`) and escaped characters (`\d`, `_x`, `*x`).
    static func isDateFormatCode(_ code: String) -> Bool {
        plainScalars(of: code).contains { "yYmMdD".unicodeScalars.contains($0) }
    }

    /// The scalars of a format code outside quoted text (`"年"`), brackets (`[Red]`, `[$-804]`) and escaped characters
    /// (`\d`, `_x`, `*x`): the ones that are format tokens.
    static func plainScalars(of code: String) -> [Unicode.Scalar] {
        var plain: [Unicode.Scalar] = []
        var iterator = code.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\"":
                while let quoted = iterator.next(), quoted != "\"" {}
            case "[":
                while let bracketed = iterator.next(), bracketed != "]" {}
            case "\\", "_", "*":
                _ = iterator.next()
            default:
                plain.append(scalar)
            }
        }
        return plain
    }
}
