import Foundation
import Testing
import YouchengCore

/// CSV is read under the same `TableLimits` as XLSX: too many rows, fields, cells or characters are refused with
/// the row and field named.
@Suite("CSV limits")
struct CSVLimitsTests {
    static let small = TableLimits(
        partBytes: 1024, archiveBytes: 1024, rows: 3, columns: 4, cells: 10, cellLength: 8, sharedText: 12)

    @Test func refusesTheFirstRowPastTheRowLimit() {
        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.rows, maximum: 3, row: 4))) {
            try CSV.parse("a\nb\nc\nd\n", limits: Self.small)
        }
    }

    @Test func refusesTheFirstFieldPastTheColumnLimit() {
        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.columns, maximum: 4, row: 2, column: 5))) {
            try CSV.parse("a,b\n,,,,\n", limits: Self.small)
        }
    }

    @Test func refusesTheFieldThatPassesTheCellLimit() {
        // 4 + 4 fields fit in 10; the third row's third field is the eleventh.
        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.cells, maximum: 10, row: 3, column: 3))) {
            try CSV.parse("1,2,3,4\n5,6,7,8\n9,10,11\n", limits: Self.small)
        }
    }

    @Test func countsCharactersNotBytesAgainstTheCellLength() throws {
        // Eight Chinese characters are 24 bytes but fit; nine do not.
        #expect(try CSV.parse("友好城市友好城市\n", limits: Self.small) == [["友好城市友好城市"]])
        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.cellLength, maximum: 8, row: 1, column: 2))) {
            try CSV.parse("a,\"友好城市友好城市友\"\n", limits: Self.small)
        }
    }

    @Test func aLineOfSeparatorsIsRefusedBeforeItsFieldsPileUp() {
        let text = String(repeating: ",", count: 1_000_000)

        #expect(throws: TabularError.tooLarge(TableLimitExceeded(.columns, maximum: 256, row: 1, column: 257))) {
            try CSV.parse(text)
        }
    }

    @Test func theRowRefusalReadsInBothLanguages() {
        let error = TabularError.tooLarge(TableLimitExceeded(.rows, maximum: 200_000, row: 200_001))

        #expect(error.zh == "表格过大，已拒绝：第 200001 行：行数超过上限 200000 行")
        #expect(error.en == "the table is too large and was refused: row 200001: more than the limit of 200000 rows")
    }
}
