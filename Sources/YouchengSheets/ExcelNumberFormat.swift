/// Tells date number formats from other number formats.
enum ExcelNumberFormat {
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
        var iterator = code.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\"":
                while let quoted = iterator.next(), quoted != "\"" {}
            case "[":
                while let bracketed = iterator.next(), bracketed != "]" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case "y", "Y", "m", "M", "d", "D":
                return true
            default:
                continue
            }
        }
        return false
    }
}
