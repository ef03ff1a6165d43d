import Foundation
import Testing
import YouchengCore
import YouchengSheets

/// Hostile uploads: far columns, zip bombs and oversized sheets are refused with a message saying where and why,
/// before the memory they ask for is taken. (Time and memory are measured by `scripts/bench-hostile`, not here.)
@Suite("XLSX limits")
struct XLSXLimitsTests {
    static let sheetPath = "xl/worksheets/sheet1.xml"

    /// Limits small enough to pass with a few cells.
    static let small = TableLimits(
        partBytes: 64 * 1024, archiveBytes: 96 * 1024, rows: 3, columns: 4, cells: 10, cellLength: 8, sharedText: 12)

    @Test func refusesTheElevenKilobyteSheetWhoseRowsNameColumnXFD() throws {
        let data = try HostileWorkbook.farColumns(rows: 2_000)
        #expect(data.count < 20_000)

        #expect(
            throws: TabularError.tooLarge(
                TableLimitExceeded(.columns, maximum: 256, part: Self.sheetPath, row: 1, column: 16_384))
        ) { try XLSXReader.read(data) }
    }

    @Test func refusesTheFarColumnSheetAtTwoHundredThousandRowsTheSameWay() throws {
        let data = try HostileWorkbook.farColumns(rows: 200_000)

        #expect(
            throws: TabularError.tooLarge(
                TableLimitExceeded(.columns, maximum: 256, part: Self.sheetPath, row: 1, column: 16_384))
        ) { try TableFile.readRows(data: data, filename: "x.xlsx") }
    }

    @Test func theColumnRefusalNamesRowColumnAndLimitInBothLanguages() {
        let error = TabularError.tooLarge(
            TableLimitExceeded(.columns, maximum: 256, part: Self.sheetPath, row: 1, column: 16_384))

        #expect(error.zh == "表格过大，已拒绝：部件 xl/worksheets/sheet1.xml，第 1 行，第 16384 列：列数超过上限 256 列")
        #expect(
            error.en
                == "the table is too large and was refused: part xl/worksheets/sheet1.xml, row 1, column 16384: "
                + "more than the limit of 256 columns")
        #expect(error.code == "tooLarge")
    }

    @Test func emptyCellsAtFarColumnsAndAHugeDimensionCostNothing() throws {
        let data = try HostileWorkbook.farColumns(rows: 2_000, cell: "")

        #expect(try XLSXReader.read(data) == [])
    }

    @Test func refusesAZipBombWhoseDeclaredSizesLie() throws {
        // 200 KiB of spaces after the sheet's XML, each part declared as 100 bytes.
        let data = try HostileWorkbook.bomb(
            HostileWorkbook.frame().merging([Self.sheetPath: "<worksheet><sheetData>"]) { $1 },
            padded: [Self.sheetPath], padding: 200 * 1024)

        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.partBytes, maximum: 64 * 1024, part: Self.sheetPath)))
        {
            try XLSXReader.read(data, limits: Self.small)
        }
    }

    @Test func refusesPartsThatTogetherInflatePastTheArchiveLimit() throws {
        // 60 KiB of spaces in each: the sheet alone fits a part, not after the shared strings' 60 KiB.
        let sharedStrings = "xl/sharedStrings.xml"
        var parts = HostileWorkbook.frame(sharedStrings: true)
        parts[sharedStrings] = "<sst></sst>"
        parts[Self.sheetPath] = "<worksheet><sheetData></sheetData></worksheet>"
        let data = try HostileWorkbook.bomb(parts, padded: [sharedStrings, Self.sheetPath], padding: 60 * 1024)

        #expect(
            throws: TabularError.tooLarge(TableLimitExceeded(.archiveBytes, maximum: 96 * 1024, part: Self.sheetPath))
        ) { try XLSXReader.read(data, limits: Self.small) }
    }

    @Test func refusesTextInARowPastTheRowLimitButNotEmptyRowsThere() throws {
        let emptyFar = try HostileWorkbook.sheet(
            #"<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="A1048576"/></row>"#)
        let textFar = try HostileWorkbook.sheet(
            #"<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="B4"><v>2</v></c></row>"#)

        #expect(try XLSXReader.read(emptyFar, limits: Self.small) == [["1"]])
        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.rows, maximum: 3, part: Self.sheetPath, row: 4))) {
            try XLSXReader.read(textFar, limits: Self.small)
        }
    }

    @Test func countsTheEmptyCellsBeforeARowsLastCellAgainstTheCellLimit() throws {
        // Rows of 4 cells (D only): 4 + 4 = 8 fit in 10, the third row makes 12.
        let body = (1...3).map { #"<row r="\#($0)"><c r="D\#($0)"><v>\#($0)</v></c></row>"# }.joined()
        let data = try HostileWorkbook.sheet(body)

        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.cells, maximum: 10, part: Self.sheetPath, row: 3))) {
            try XLSXReader.read(data, limits: Self.small)
        }
    }

    @Test func refusesAnInlineCellLongerThanTheCellLimit() throws {
        let data = try HostileWorkbook.sheet(
            #"<row r="2"><c r="B2" t="inlineStr"><is><t>友好城市友好城市友</t></is></c></row>"#)

        #expect(
            throws: TabularError.tooLarge(
                TableLimitExceeded(.cellLength, maximum: 8, part: Self.sheetPath, row: 2, column: 2))
        ) { try XLSXReader.read(data, limits: Self.small) }
    }

    @Test func capsTheSharedStringsInLengthEachAndTogetherAndInNumber() throws {
        let sharedPath = "xl/sharedStrings.xml"
        let long = try HostileWorkbook.sheet("", sharedStrings: "<si><t>123456789</t></si>")
        let many = try HostileWorkbook.sheet("", sharedStrings: String(repeating: "<si><t>1</t></si>", count: 11))
        let together = try HostileWorkbook.sheet(
            "", sharedStrings: String(repeating: "<si><t>12345</t></si>", count: 3))

        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.cellLength, maximum: 8, part: sharedPath))) {
            try XLSXReader.read(long, limits: Self.small)
        }
        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.cells, maximum: 10, part: sharedPath))) {
            try XLSXReader.read(many, limits: Self.small)
        }
        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.sharedText, maximum: 12, part: sharedPath))) {
            try XLSXReader.read(together, limits: Self.small)
        }
    }

    @Test func readsASheetWithinTheLimitsAsBefore() throws {
        let data = try HostileWorkbook.sheet(
            #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="D1"><v>4</v></c></row><row r="3"><c r="B3"/></row>"#,
            sharedStrings: "<si><t>城市</t></si>")

        #expect(try XLSXReader.read(data, limits: Self.small) == [["城市", "", "", "4"]])
    }
}

extension XLSXLimitsTests {
    @Test func readsASheetOfManyChunksWhileItIsInflated() throws {
        // About 500 KB of XML: many chunks pass through the inflating thread's short queue.
        let body = (1...5_000).map {
            #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c><c r="C\#($0)" t="inlineStr"><is><t>第\#($0)行</t></is></c></row>"#
        }
        .joined()
        let data = try HostileWorkbook.sheet(body)

        let rows = try XLSXReader.read(data)

        #expect(rows.count == 5_000)
        #expect(rows[0] == ["1", "", "第1行"])
        #expect(rows[4_999] == ["5000", "", "第5000行"])
    }

    @Test func aLongSheetCutShortIsInvalidXMLNotADamagedZip() throws {
        let body = (1...5_000).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"# }.joined()
        var parts = HostileWorkbook.frame()
        parts[Self.sheetPath] = "<worksheet><sheetData>" + body + "<row><c><v>1"
        let data = try HostileWorkbook.zip(parts)

        #expect(throws: TabularError.brokenWorkbook("\(Self.sheetPath) is not valid XML")) {
            try XLSXReader.read(data)
        }
    }
}
