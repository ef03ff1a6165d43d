import Foundation
import Testing

@testable import YouchengCore

/// Folding plain text (ASCII and Chinese) over its bytes gives what folding it scalar by scalar gives, and text with
/// any other scalar is left to the scalar path.
@Suite struct NameKeyPlainTests {
    /// Plain text with each thing folding changes: capitals, spaces at either end or doubled, tabs and line breaks,
    /// `-` and `_`, `&` (at the start, in the middle, doubled, after a space), punctuation, the ideographic comma and
    /// full stop; and text folding leaves as it is.
    static let texts = [
        "", " ", "Hamilton", "SAN JOSE", "san jose", "  San   Jose  ", "a\tb\nc\r\nd", "Stratford-upon-Avon",
        "snake_case_name", "A & B", "&Co", "a&&b", "x &", "O'Brien", "St. Louis", "a--b", "汉密尔顿、奥克兰。",
        "、开头", "东京。", "㐀䶿一鿿", "Kyoto 京都", "京都 - 大阪", "(Hamilton)", "a, b; c", "100% $5 +1 <2> ^|~`",
        String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }),
    ]

    @Test(arguments: texts)
    func plainTextFoldsAsItDoesScalarByScalar(text: String) throws {
        let plain = try #require(NameKey.foldPlain(text))
        #expect(plain == NameKey.foldByScalars(text))
        #expect(NameKey.fold(text) == plain)
    }

    @Test func textWithOtherScalarsIsLeftToTheScalarPath() {
        for text in ["São Paulo", "ＴＯＫＹＯ", "东京\u{3000}都", "Paris,\u{301}Lyon", "😀", "Ulm’s", "€"] {
            #expect(NameKey.foldPlain(text) == nil)
        }
        #expect(NameKey.fold("São  Paulo ") == "sao paulo" && NameKey.fold("ＴＯＫＹＯ") == "tokyo")
    }

    @Test func everyPlainIdeographIsKeptAndTheIdeographicCommaAndFullStopDropped() {
        let ideographs = Array(0x3400...0x4DBF) + Array(0x4E00...0x9FFF)
        let kept = ideographs.allSatisfy { value in
            Unicode.Scalar(value).map { NameKey.plainClass($0) == .keep } ?? false
        }
        #expect(kept)
        #expect(NameKey.ideographicPunctuationClasses == [.drop, .drop])
    }
}
