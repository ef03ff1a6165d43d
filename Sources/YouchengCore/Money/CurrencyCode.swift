import Foundation

/// ISO 4217 currency codes, as a project's agreed and realised amounts name theirs.
public enum CurrencyCode {
    /// The currency of budgets and costs, and of amounts given without one.
    public static let home = "CNY"

    /// `text` as a code (three ASCII letters, upper-cased), or nil.
    public static func read(_ text: String) -> String? {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return code
    }
}
