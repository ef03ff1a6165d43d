import Testing
import YouchengCore

@Suite struct BackupLineTests {
    @Test func rowsAreWrittenAsCanonicalJSONArrays() {
        let row: [BackupValue] = [
            .integer(-42), .text("金泽 \"Kanazawa\"\\\n\t\u{01}"), .null, .real(1.5), .real(2), .real(-33.8688),
            .bytes([0, 1, 255]), .text(""),
        ]
        #expect(
            BackupLine.encode(row)
                == #"[-42,"金泽 \"Kanazawa\"\\\n\t\u0001",null,1.5,2.0,-33.8688,{"base64":"AAH/"},""]"#)
    }

    @Test func aWrittenRowReadsBackTheSame() throws {
        let row: [BackupValue] = [
            .integer(9_007_199_254_740_993), .real(0.1), .real(1e-7), .text("é\u{2028}😀"), .null, .bytes([7]),
        ]
        let kinds: [ColumnKind] = [.integer, .real, .real, .text, .integer, .bytes]
        #expect(try BackupLine.decode(BackupLine.encode(row), kinds: kinds) == row)
    }

    @Test func aRowWithTheWrongNumberOfValuesIsRefused() {
        #expect(throws: BackupError.self) { try BackupLine.decode("[1,2]", kinds: [.integer]) }
    }

    @Test func textWhereANumberBelongsIsRefusedNamingThePosition() {
        #expect {
            try BackupLine.decode(#"[1,"x"]"#, kinds: [.integer, .integer])
        } throws: { error in
            (error as? BackupError)?.message.en == "value 2 is not of kind integer"
        }
    }

    @Test func aFractionWhereAnIntegerBelongsIsRefused() {
        #expect(throws: BackupError.self) { try BackupLine.decode("[1.5]", kinds: [.integer]) }
    }

    @Test func recordsRoundTripThroughTheirLine() {
        let end = BackupRecord.tableEnd("partners", rows: 3, sha256: "ab")
        #expect(end.line == #"{"end":"partners","rows":3,"sha256":"ab"}"#)
        #expect(BackupRecord(line: end.line) == end)
    }
}
