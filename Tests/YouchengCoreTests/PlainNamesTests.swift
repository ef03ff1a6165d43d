import Testing

@testable import YouchengCore

/// Splitting a plain list cell (ASCII and Chinese) over its bytes gives what splitting it at separator characters
/// gives; any other cell is split by characters.
@Suite struct PlainNamesTests {
    static let cells = [
        "", " ", "名古屋", " 名古屋 ", "名古屋、仙台;Perth，Kyoto；Ulm", "、 ,", ",,a,,", "a ; b\t;\nc ", "京都。大阪",
        "Korea, Republic of", "  \t", "汉密尔顿，  ", "㐀、鿿", "a\u{0B}b\u{0C}, c\r",
    ]

    @Test(arguments: cells)
    func plainCellsSplitAsTheyDoByCharacters(cell: String) throws {
        let plain = try #require(ExchangeImporter.plainNames(cell))
        #expect(plain == ExchangeImporter.namesByCharacters(cell))
        #expect(ExchangeImporter.names(cell) == plain)
    }

    @Test func cellsWithOtherScalarsAreSplitByCharacters() {
        for cell in ["São Paulo、Lyon", "Paris,\u{301}Lyon", "东京\u{3000}、大阪", "😀;a"] {
            #expect(ExchangeImporter.plainNames(cell) == nil)
        }
        #expect(ExchangeImporter.names("Paris,\u{301}Lyon") == ["Paris,\u{301}Lyon"])
        #expect(ExchangeImporter.names("东京\u{3000}、 大阪") == ["东京", "大阪"])
    }
}
