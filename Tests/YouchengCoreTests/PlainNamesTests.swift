import Testing

@testable import YouchengCore

/// Splitting a plain list cell (ASCII and Chinese) over its bytes gives what splitting it at separator characters
/// gives; any other cell is split by characters.
@Suite struct PlainNamesTests {
    /// Cells and their names, worked out by hand.
    static let cells: [(cell: String, names: [String])] = [
        ("", []), (" ", []), ("名古屋", ["名古屋"]), (" 名古屋 ", ["名古屋"]),
        ("名古屋、仙台;Perth，Kyoto；Ulm", ["名古屋", "仙台", "Perth", "Kyoto", "Ulm"]), ("、 ,", []),
        (",,a,,", ["a"]), ("a ; b\t;\nc ", ["a", "b", "c"]), ("京都。大阪", ["京都。大阪"]),
        ("Korea, Republic of", ["Korea", "Republic of"]), ("汉密尔顿，  ", ["汉密尔顿"]), ("㐀、鿿", ["㐀", "鿿"]),
        ("a\u{0B}b\u{0C}, c\r", ["a\u{0B}b", "c"]),
    ]

    @Test func plainCellsSplitOverTheirBytesAsByCharacters() {
        for (cell, names) in Self.cells {
            #expect(ExchangeImporter.plainNames(cell) == names, "\(cell.debugDescription)")
            #expect(ExchangeImporter.namesByCharacters(cell) == names, "\(cell.debugDescription)")
        }
    }

    @Test func cellsWithOtherScalarsAreSplitByCharacters() {
        for cell in ["São Paulo、Lyon", "Paris,\u{301}Lyon", "东京\u{3000}、大阪", "😀;a"] {
            #expect(ExchangeImporter.plainNames(cell) == nil)
        }
        #expect(ExchangeImporter.names("Paris,\u{301}Lyon") == ["Paris,\u{301}Lyon"])
        #expect(ExchangeImporter.names("东京\u{3000}、 大阪") == ["东京", "大阪"])
    }
}
