import Foundation

/// An amount of money in hundredths of its currency (分 for CNY, cents for EUR or USD), never negative, so sums and
/// sorting are exact. The currency is kept beside it (``CurrencyCode``): exchanges' budgets and actual amounts, the
/// money table and projects' budgets and costs are CNY; a project's agreed and realised amounts carry their own.
public struct Money: Sendable, Hashable, Comparable, Codable {
    /// The amount in hundredths (1 yuan = 100 fen).
    public var hundredths: Int64

    /// Creates an amount of `hundredths`.
    public init(hundredths: Int64) { self.hundredths = hundredths }

    /// Nothing.
    public static let zero = Money(hundredths: 0)

    /// The largest amount accepted: a trillion units (一万亿), far beyond any budget or project.
    public static let maximumHundredths: Int64 = 100_000_000_000_000

    /// An amount typed in a form, a file or the API: whole units with at most two decimals (`12`, `3800.5`,
    /// `3800.50`, `1.`), thousands separated by `,`, `，` or spaces (`12,500`, `1 234 567.05`), after an optional
    /// leading `¥` or `￥` (`¥3800.5`); surrounding spaces are ignored. Nil for anything else: a sign, more than two
    /// decimals, other digits than ASCII ones, no digit before the point, or an amount above a trillion.
    public init?(parsing text: String) {
        var cleaned = text.trimmingCharacters(in: .whitespaces).filter { $0 != "," && $0 != "，" && $0 != " " }
        if cleaned.hasPrefix("¥") || cleaned.hasPrefix("￥") { cleaned.removeFirst() }
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, (1...13).contains(whole.count), Self.digits(whole),
            let units = Int64(whole)
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2, Self.digits(fraction) else { return nil }
        while fraction.count < 2 { fraction += "0" }
        guard let hundredths = Int64(fraction), units * 100 + hundredths <= Self.maximumHundredths else { return nil }
        self.hundredths = units * 100 + hundredths
    }

    /// The amount as forms, files, JSON and audit entries write it: `12500`, `3800.50` (hundredths only when there
    /// are some).
    public var plain: String { Self.units(String(hundredths / 100), cents: hundredths % 100, always: false) }

    /// The amount with thousands separators and always two decimals, as pages show it: `12,500.00`, `0.05`.
    public var grouped: String {
        let digits = String(hundredths / 100)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return Self.units(out, cents: hundredths % 100, always: true)
    }

    /// Orders by amount.
    public static func < (a: Money, b: Money) -> Bool { a.hundredths < b.hundredths }

    /// Adds two amounts.
    public static func + (a: Money, b: Money) -> Money { Money(hundredths: a.hundredths + b.hundredths) }

    private static func digits(_ text: some StringProtocol) -> Bool { text.allSatisfy { $0.isASCII && $0.isNumber } }

    private static func units(_ units: String, cents: Int64, always: Bool) -> String {
        guard always || cents != 0 else { return units }
        return units + (cents < 10 ? ".0" : ".") + String(cents)
    }
}
