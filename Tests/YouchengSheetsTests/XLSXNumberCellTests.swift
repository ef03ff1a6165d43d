import Foundation
import Testing
import YouchengCore
import YouchengSheets

/// Cells typed as numbers read as the text the user sees in Excel: codes, years and head counts, without binary
/// rounding noise and in the cell's whole-number format.
@Suite("XLSX number cells")
struct XLSXNumberCellTests {
    @Test func numberCellsReadAsTheCodeYearAndCountTheUserSees() throws {
        var parts = HostileWorkbook.frame()
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]!.replacingOccurrences(
            of: "</Relationships>",
            with: #"<Relationship Id="rId9" Type="\#(HostileWorkbook.relationships)/styles" Target="styles.xml"/>"#
                + "</Relationships>")
        // Styles: 0 General, 1 built-in #,##0, 2 custom 000000, 3 custom 0"人", 4 built-in 0.00.
        parts["xl/styles.xml"] =
            #"<styleSheet xmlns="\#(HostileWorkbook.main)"><numFmts count="2">"#
            + #"<numFmt numFmtId="164" formatCode="000000"/><numFmt numFmtId="165" formatCode="0&quot;人&quot;"/>"#
            + #"</numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="164"/>"#
            + #"<xf numFmtId="165"/><xf numFmtId="2"/></cellXfs></styleSheet>"#
        parts["xl/worksheets/sheet1.xml"] =
            #"<worksheet xmlns="\#(HostileWorkbook.main)"><sheetData><row r="1">"#
            + #"<c r="A1"><v>320100.00000000006</v></c><c r="B1" s="1"><v>1988</v></c>"#
            + #"<c r="C1" s="2"><v>10100</v></c><c r="D1" s="3"><v>11.999999999999998</v></c>"#
            + #"<c r="E1" s="4"><v>3.3000000000000003</v></c><c r="F1"><v>3.2E5</v></c></row>"#
            + "</sheetData></worksheet>"
        let data = try HostileWorkbook.zip(parts)

        let rows = try XLSXReader.read(data)

        #expect(rows == [["320100", "1988", "010100", "12", "3.3", "320000"]])
    }
}
