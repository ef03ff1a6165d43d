import Foundation
import Testing

@testable import YouchengCore

/// The shortcuts an import's text handling takes for the common case (ASCII and Chinese, nothing to fold or trim)
/// give what the general paths give, and the uncommon cases still take the general paths.
@Suite struct ImportTextShortcutTests {
    /// Every printable ASCII character, and Chinese names with the ideographic comma and full stop.
    static let plain = [
        String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }), "Hamilton", "SAN JOSE",
        "汉密尔顿、奥克兰。", "㐀䶿一鿿", "Kyoto 京都",
    ]

    @Test(arguments: plain)
    func textTheShortcutFoldsIsFoldedAsFoundationFoldsIt(text: String) {
        let foundation = text.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        #expect(NameKey.foldsAlone(text))
        #expect(NameKey.asciiLowercased(text) == foundation)
    }

    @Test func accentsFullWidthAndIdeographicSpaceStillFoldThroughFoundation() {
        #expect(!NameKey.foldsAlone("São Paulo") && NameKey.fold("São Paulo") == "sao paulo")
        #expect(!NameKey.foldsAlone("ＴＯＫＹＯ") && NameKey.fold("ＴＯＫＹＯ") == "tokyo")
        #expect(!NameKey.foldsAlone("东京\u{3000}都") && NameKey.fold("东京\u{3000}都") == "东京 都")
        #expect(NameKey.fold("HAMILTON") == "hamilton" && NameKey.fold("汉密尔顿") == "汉密尔顿")
    }

    @Test func trimmingTakesOffBlanksOnlyWhereThereAreSome() {
        #expect("名古屋".trimmedWhitespace == "名古屋" && "Perth".trimmedWhitespace == "Perth")
        #expect(" 名古屋\n".trimmedWhitespace == "名古屋" && "\u{3000}東京\u{3000}".trimmedWhitespace == "東京")
        #expect("é ".trimmedWhitespace == "é" && " \t ".trimmedWhitespace == "")
    }

    @Test func aSeparatorJoinedToACombiningMarkDoesNotSplitANameAsNoneOtherDoes() {
        #expect(ExchangeImporter.names("名古屋、仙台;Perth，Kyoto；Ulm") == ["名古屋", "仙台", "Perth", "Kyoto", "Ulm"])
        #expect(ExchangeImporter.names(" 名古屋 ") == ["名古屋"] && ExchangeImporter.names("、 ,") == [])
        // ",\u{301}" is one character (a comma with an acute accent), not the separator.
        #expect(ExchangeImporter.names("Paris,\u{301}Lyon") == ["Paris,\u{301}Lyon"])
        #expect(ExchangeImporter.names("São Paulo、Lyon") == ["São Paulo", "Lyon"])
    }

    @Test func textWithAControlCharacterOrOverTheLimitIsStillRefused() throws {
        #expect(throws: RegistryValue.Refusal.self) { try RegistryValue.text("a\u{85}b", limit: 10).get() }
        #expect(throws: RegistryValue.Refusal.self) { try RegistryValue.text("a\u{07}b", limit: 10).get() }
        #expect(throws: RegistryValue.Refusal.self) { try RegistryValue.text("abcd", limit: 3).get() }
        // Three characters of three bytes each: over the limit in bytes, within it in characters.
        #expect(try RegistryValue.text("佛罗伦", limit: 3).get() == "佛罗伦")
        #expect(try RegistryValue.text("a\nb", limit: 5, multiline: true).get() == "a\nb")
    }
}
