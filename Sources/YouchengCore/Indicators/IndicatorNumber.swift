import Foundation

/// How indicator figures (targets, values, actuals) are read from text and written back: plain decimal numbers,
/// at most two decimals shown.
public enum IndicatorNumber {
    /// The largest figure accepted.
    public static let maximum = 1_000_000_000_000.0

    /// `value` with at most two decimals, trailing zeros dropped: `3`, `66.67`, `12.5`.
    public static func text(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        if hundredths.truncatingRemainder(dividingBy: 100) == 0 { return String(Int64(hundredths / 100)) }
        var text = String(format: "%.2f", hundredths / 100)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A figure typed in a form, a file or the API: digits with an optional decimal part (thousands separators and
    /// a trailing `%` allowed); nil for anything else, a negative number or one above ``maximum``.
    public static func parse(_ text: String) -> Double? {
        var cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        if cleaned.hasSuffix("%") { cleaned.removeLast() }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            cleaned.filter({ $0 == "." }).count <= 1, cleaned.first != ".", cleaned.last != ".",
            let value = Double(cleaned), value <= maximum
        else { return nil }
        return value
    }

    /// A figure in JSON: a whole number as an integer, another as a decimal, none as null.
    public static func json(_ value: Double?) -> JSONValue {
        guard let value else { return .null }
        return value == value.rounded() && abs(value) < 1e15 ? .int(Int(value)) : .decimal(value)
    }

    /// `part ÷ whole` as a percentage (0–100), nil when `whole` is 0.
    public static func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) * 100 / Double(whole)
    }
}
