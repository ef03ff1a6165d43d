import Foundation
import Testing
import YouchengCore

@Suite("CSV")
struct CSVTests {
    @Test func parseSplitsRowsAtCommas() throws {
        let rows = try CSV.parse("城市,国家,年份\r\n杭州,日本,1985\r\n")

        #expect(rows == [["城市", "国家", "年份"], ["杭州", "日本", "1985"]])
    }

    @Test func parseKeepsSeparatorsQuotesAndLineBreaksInsideQuotedFields() throws {
        let rows = try CSV.parse("a,\"b,c\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\r\nnext\r\n")

        #expect(rows == [["a", "b,c", "say \"hi\"", "line1\r\nline2"], ["next"]])
    }

    @Test func parseAcceptsCRLFAndLFAndCRLineEndsInOneText() throws {
        let rows = try CSV.parse("a\nb\r\nc\rd")

        #expect(rows == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test func parseStripsALeadingByteOrderMark() throws {
        let rows = try CSV.parse("\u{FEFF}城市,国家\n")

        #expect(rows == [["城市", "国家"]])
        #expect(rows[0][0].unicodeScalars.first == "城")
    }

    @Test func parseIgnoresBlankLinesAtTheEndButKeepsThoseInTheMiddle() throws {
        let rows = try CSV.parse("a,b\n\nc,d\r\n\r\n\n")

        #expect(rows == [["a", "b"], [""], ["c", "d"]])
    }

    @Test func parseKeepsEmptyFieldsIncludingTheLast() throws {
        let rows = try CSV.parse(",a,,\n\"\",b")

        #expect(rows == [["", "a", "", ""], ["", "b"]])
    }

    @Test func parseKeepsTextAfterAClosingQuoteLikeExcel() throws {
        let rows = try CSV.parse("\"abc\"def,x")

        #expect(rows == [["abcdef", "x"]])
    }

    @Test func parseReportsTheLineWhereAnUnclosedQuoteStarts() {
        // The quoted field opens on line 2 and runs over lines 3 and 4 without closing.
        #expect(throws: TabularError.unterminatedQuote(line: 2)) {
            try CSV.parse("a,b\r\nc,\"d\r\ne\nf")
        }
    }

    @Test func parseCountsLineBreaksInsideEarlierQuotedFieldsWhenReportingALine() {
        #expect(throws: TabularError.unterminatedQuote(line: 4)) {
            try CSV.parse("\"x\ny\"\nz\n\"open")
        }
    }

    @Test func parseUsesSemicolonsWhenTheFirstLineHasNoComma() throws {
        let rows = try CSV.parse("城市;国家\n杭州;日本,东京\n")

        #expect(rows == [["城市", "国家"], ["杭州", "日本,东京"]])
    }

    @Test func parseUsesTabsWhenTheFirstLineHasOnlyTabs() throws {
        let rows = try CSV.parse("a\tb\n1\t2;3\n")

        #expect(rows == [["a", "b"], ["1", "2;3"]])
    }

    @Test func parseKeepsCommasWhenTheFirstLineHasOne() throws {
        let rows = try CSV.parse("a,b;c\td\n")

        #expect(rows == [["a", "b;c\td"]])
    }

    @Test func parseIgnoresSemicolonsInsideQuotesWhenChoosingTheSeparator() throws {
        let rows = try CSV.parse("\"a;b\"\tc\n")

        #expect(rows == [["a;b", "c"]])
    }

    @Test func parseOfEmptyTextOrOnlyAByteOrderMarkGivesNoRows() throws {
        #expect(try CSV.parse("") == [])
        #expect(try CSV.parse("\u{FEFF}") == [])
    }

    @Test func writeQuotesOnlyFieldsThatNeedItAndEndsEveryRowWithCRLF() {
        let text = CSV.write([["a", "b,c", "q\"", ""], ["x\ny", "r\rs", "杭州"]], bom: false)

        #expect(text == "a,\"b,c\",\"q\"\"\",\r\n\"x\ny\",\"r\rs\",杭州\r\n")
    }

    @Test func writeStartsWithAByteOrderMarkByDefault() {
        let text = CSV.write([["城市"]])

        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.dropFirst() == "城市\r\n")
    }

    @Test func writtenTextParsesBackToTheSameRows() throws {
        let rows = [["城市", "备注"], ["杭州", "“西湖”, \"断桥\"\r\n第二行"], ["", "007"], ["a;b", "\tc"]]

        #expect(try CSV.parse(CSV.write(rows)) == rows)
    }

    @Test func parseReadsThirtyThousandRows() throws {
        let row = (0..<10).map { $0 % 3 == 0 ? "\"引号, \($0)\"" : "字段\($0)" }.joined(separator: ",")
        let text = Array(repeating: row, count: 30_000).joined(separator: "\r\n")

        let rows = try CSV.parse(text)

        #expect(rows.count == 30_000)
        #expect(rows[29_999][3] == "引号, 3")
    }
}
