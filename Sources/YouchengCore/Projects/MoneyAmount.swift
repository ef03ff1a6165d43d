import Foundation

/// An amount of money in hundredths of its currency (分 for CNY), never negative, so sums and sorting are exact.
public struct MoneyAmount: Sendable, Hashable, Comparable, Codable {
    /// The amount in hundredths.
    public var cents: Int64

    /// The largest amount kept: a trillion units (一万亿), far beyond any project.
    public static let maxCents: Int64 = 100_000_000_000_000

    /// Creates an amount of `cents` hundredths.
    public init(cents: Int64) { self.cents = cents }

    /// Reads `1234`, `1234.5`, `1,234.56` or `1 234`; nil for a negative amount, more than two decimals, text
    /// that is no number or an amount above `maxCents`.
    public init?(parsing text: String) {
        let plain = text.trimmingCharacters(in: .whitespaces).filter { $0 != "," && $0 != " " && $0 != "，" }
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard !plain.isEmpty, parts.count <= 2, let whole = parts.first, !whole.isEmpty,
            whole.allSatisfy(\.isASCII), whole.allSatisfy(\.isNumber), whole.count <= 13
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        while fraction.count < 2 { fraction += "0" }
        guard let units = Int64(whole), let hundredths = Int64(fraction) else { return nil }
        let cents = units * 100 + hundredths
        guard cents <= Self.maxCents else { return nil }
        self.cents = cents
    }

    /// `1234`, or `1234.50` when there are hundredths: what forms, files and JSON show.
    public var description: String {
        let hundredths = cents % 100
        return hundredths == 0 ? String(cents / 100) : "\(cents / 100).\(hundredths < 10 ? "0" : "")\(hundredths)"
    }

    /// With thousands separators (`1,234.50`), for pages.
    public var grouped: String {
        let units = String(cents / 100)
        var out = ""
        for (index, digit) in units.enumerated() {
            if index > 0 && (units.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        let hundredths = cents % 100
        return hundredths == 0 ? out : "\(out).\(hundredths < 10 ? "0" : "")\(hundredths)"
    }

    public static func < (left: MoneyAmount, right: MoneyAmount) -> Bool { left.cents < right.cents }
}

/// ISO 4217 currency codes as projects write them.
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
