import Foundation

/// An amount of money in yuan (CNY), kept in fen (分) so sums are exact.
public struct Money: Sendable, Hashable, Comparable, Codable {
    /// The amount in fen (1 yuan = 100 fen).
    public var fen: Int64

    /// Creates an amount of `fen`.
    public init(fen: Int64) { self.fen = fen }

    /// The largest amount accepted: a trillion yuan.
    public static let maximumFen: Int64 = 100_000_000_000_000

    /// An amount typed in a form, a file or the API: yuan with at most two decimals, thousands separators and a
    /// leading `¥` or `￥` allowed (`12,500`, `¥3800.5`); nil for anything else, a negative amount or one above a
    /// trillion yuan.
    public init?(parsing text: String) {
        var cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        if cleaned.hasPrefix("¥") || cleaned.hasPrefix("￥") { cleaned.removeFirst() }
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 13,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), let yuan = Int64(whole)
        else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int64(decimals)
            else { return nil }
            cents = decimals.count == 1 ? value * 10 : value
        }
        let fen = yuan * 100 + cents
        guard fen <= Self.maximumFen else { return nil }
        self.fen = fen
    }

    /// The amount as a form and a file write it: `12500`, `3800.50`.
    public var plain: String {
        let cents = fen % 100
        return cents == 0 ? String(fen / 100) : "\(fen / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// The amount with thousands separators and two decimals, as tables show it: `12,500.00`.
    public var display: String {
        var digits = String(fen / 100)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        let cents = fen % 100
        return groups.joined(separator: ",") + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The amount in yuan, for spreadsheets.
    public var yuan: Double { Double(fen) / 100 }

    /// Orders by amount.
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    /// Adds two amounts.
    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
}
