import Testing
import YouchengCore

/// The message of a table refused for its size: where, then which limit.
@Suite struct TableLimitMessageTests {
    @Test func aWholeNumberOfMebibytesIsWrittenInMiBAfterThePart() {
        let exceeded = TableLimitExceeded(.archiveBytes, maximum: 256 * 1024 * 1024, part: "xl/worksheets/sheet1.xml")
        #expect(
            exceeded.message
                == Bilingual(
                    zh: "表格过大，已拒绝：部件 xl/worksheets/sheet1.xml：解压后总大小超过上限 256 MiB",
                    en:
                        "the table is too large and was refused: part xl/worksheets/sheet1.xml: inflates past the limit "
                        + "of 256 MiB in all"))
    }

    @Test func otherByteLimitsAreWrittenInBytesAndNoPlaceIsNamedWhenNoneIsKnown() {
        let exceeded = TableLimitExceeded(.partBytes, maximum: 1000)
        #expect(exceeded.zh == "表格过大，已拒绝：解压后超过单个部件的上限 1000 字节")
        #expect(
            exceeded.en == "the table is too large and was refused: inflates past the limit of 1000 bytes for one part")
    }

    @Test func theRowAndColumnFollowEachOtherInTheirLanguagesPunctuation() {
        let exceeded = TableLimitExceeded(.cellLength, maximum: 32_767, row: 4, column: 2)
        #expect(exceeded.zh == "表格过大，已拒绝：第 4 行，第 2 列：单元格内容超过上限 32767 个字符")
        #expect(
            exceeded.en
                == "the table is too large and was refused: row 4, column 2: a cell longer than the limit of 32767 characters"
        )
    }
}
