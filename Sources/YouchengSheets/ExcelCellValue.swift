import Foundation

/// Renders the raw values of worksheet cells as the text a person sees.
enum ExcelCellValue {
    /// Days from 1970-01-01 back to the day before serial 1 of each date system.
    private static let epoch1900 = -25_569  // 1899-12-30, used from serial 61 on
    private static let epoch1904 = -24_107  // 1904-01-01 is serial 0
    /// The last day Excel can show, 9999-12-31, in the 1900 system.
    private static let largestSerial = 2_958_465.0

    /// 2^53: beyond it not every integer is representable, so the Double's own text is the honest one.
    private static let exactIntegers = 9_007_199_254_740_992.0

    /// A number as Excel shows it in General format: to 15 significant digits, Excel's precision, so binary
    /// rounding noise goes (`320100.00000000006` is `320100`, `0.1 + 0.2` is `0.3`); integers without a fraction
    /// (`1985`), others in the shortest form that reads back to the rounded `Double` (`0.1`, `1.5e-07`).
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 {
            return String(Int64(value))
        }
        let shown = Double(String(format: "%.15g", value)) ?? value
        if shown.rounded() == shown, abs(shown) < exactIntegers {
            return String(Int64(shown))
        }
        return "\(shown)"
    }

    /// A number in a whole-number format (`0`, `#,##0`, `000000`): rounded half away from zero as Excel does,
    /// with leading zeros up to `minimumDigits` digits and no thousands separator.
    static func whole(_ value: Double, minimumDigits: Int) -> String {
        let rounded = value.rounded()
        guard abs(rounded) < exactIntegers else { return number(value) }
        let digits = String(Int64(abs(rounded)))
        let zeros = String(repeating: "0", count: max(0, min(minimumDigits, 64) - digits.count))
        return (rounded < 0 ? "-" : "") + zeros + digits
    }

    /// The `yyyy-MM-dd` day of an Excel serial date, or nil when the serial is outside 0…9999-12-31.
    ///
    /// In the 1900 system Excel believes 1900 was a leap year: serial 60 is the nonexistent
    /// 1900-02-29 (shown as such, like Excel does) and serials before it are one day later than the
    /// plain count from 1899-12-30 would give. The time of day is dropped.
    static func date(serial: Double, uses1904: Bool) -> String? {
        guard serial >= 0, serial <= largestSerial else { return nil }
        let whole = Int(serial.rounded(.down))
        if uses1904 {
            return isoDay(daysSince1970: whole + epoch1904)
        }
        switch whole {
        case 60: return "1900-02-29"
        case ..<60: return isoDay(daysSince1970: whole + epoch1900 + 1)
        default: return isoDay(daysSince1970: whole + epoch1900)
        }
    }

    /// Formats a day count from 1970-01-01 as `yyyy-MM-dd` in the proleptic Gregorian calendar.
    ///
    /// Howard Hinnant's `civil_from_days`; done by hand so no calendar or time zone can shift the day.
    static func isoDay(daysSince1970 days: Int) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
