import Foundation
import Testing
import YouchengCore

@Suite("TextDecoding")
struct TextDecodingTests {
    @Test func decodesPlainUTF8() throws {
        let result = try TextDecoding.decode(Data("友城,1985".utf8))

        #expect(result.text == "友城,1985")
        #expect(result.encoding == .utf8)
    }

    @Test func decodesUTF8WithByteOrderMarkAndDropsTheMark() throws {
        let result = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF, 0xE5, 0x8F, 0x8B, 0xE5, 0x9F, 0x8E]))

        #expect(result.text == "友城")
        #expect(result.encoding == .utf8BOM)
    }

    @Test func decodesGB18030WhenTheBytesAreNotUTF8() throws {
        // 城 B3C7, 市 CAD0, 国 B9FA, 家 BCD2 in GB 2312 (and so in GB 18030).
        let result = try TextDecoding.decode(Data([0xB3, 0xC7, 0xCA, 0xD0, 0x2C, 0xB9, 0xFA, 0xBC, 0xD2]))

        #expect(result.text == "城市,国家")
        #expect(result.encoding == .gb18030)
    }

    @Test func decodesUTF16LittleEndianByItsByteOrderMark() throws {
        // 杭 U+676D, 州 U+5DDE.
        let result = try TextDecoding.decode(Data([0xFF, 0xFE, 0x6D, 0x67, 0xDE, 0x5D]))

        #expect(result.text == "杭州")
        #expect(result.encoding == .utf16LE)
    }

    @Test func decodesUTF16BigEndianByItsByteOrderMark() throws {
        let result = try TextDecoding.decode(Data([0xFE, 0xFF, 0x67, 0x6D, 0x5D, 0xDE, 0x00, 0x2C]))

        #expect(result.text == "杭州,")
        #expect(result.encoding == .utf16BE)
    }

    @Test func rejectsNoBytesAndABareByteOrderMarkAsEmpty() {
        #expect(throws: TabularError.empty) { try TextDecoding.decode(Data()) }
        #expect(throws: TabularError.empty) { try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF])) }
    }

    @Test func rejectsANulByteAsBinary() {
        #expect(throws: TabularError.binary) { try TextDecoding.decode(Data([0x61, 0x2C, 0x00, 0x62])) }
    }

    @Test func looksForNulOnlyInTheFirstEightKilobytes() throws {
        var bytes = [UInt8](repeating: 0x61, count: 8 * 1024)
        bytes.append(0)

        #expect(try TextDecoding.decode(Data(bytes)).encoding == .utf8)
    }

    @Test func rejectsBytesThatNoEncodingDecodesAsBinary() {
        // 0xFF is invalid as UTF-8 and as a GB 18030 lead byte.
        #expect(throws: TabularError.binary) { try TextDecoding.decode(Data([0x61, 0xFF, 0xFF, 0x62])) }
    }

    @Test func rejectsUTF16WithADanglingOddByteAsBinary() {
        #expect(throws: TabularError.binary) { try TextDecoding.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x42])) }
    }

    @Test func errorsExplainThemselvesInChineseAndEnglish() {
        #expect(TabularError.empty.zh == "文件是空的")
        #expect(TabularError.empty.en == "the file is empty")
        #expect(TabularError.binary.zh == "文件不是 CSV、XLSX 或 JSON 表格")
        #expect(TabularError.binary.en == "the file is not a CSV, XLSX or JSON table")
        #expect(TabularError.unterminatedQuote(line: 7).zh == "第 7 行的引号没有闭合")
        #expect(TabularError.unterminatedQuote(line: 7).message.en == "the quote opened on line 7 is never closed")
        #expect(TabularError.unterminatedQuote(line: 7).code == "unterminatedQuote")
    }
}
