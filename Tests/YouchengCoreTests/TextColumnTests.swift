import Testing

@testable import YouchengCore

/// Texts held end to end in one buffer come back exactly, are searched and sorted by code point.
@Suite struct TextColumnTests {
    static let texts = ["", "佛罗伦萨", "São Paulo", "", "名古屋 — Nagoya 🏯", "a"]

    static var column: TextColumn {
        var column = TextColumn()
        for text in texts { column.append(text) }
        return column
    }

    @Test func everyTextComesBackAsGivenEmptyOnesIncluded() {
        let column = Self.column
        #expect(column.count == 6)
        #expect((0..<column.count).map { column[$0] } == Self.texts)
    }

    @Test func searchMatchesBytesOfOneTextOnlyNeverAcrossItsNeighbours() {
        let column = Self.column
        #expect(column.contains(1, bytes: Array("罗伦".utf8)))
        #expect(column.contains(4, bytes: Array("🏯".utf8)))
        #expect(!column.contains(2, bytes: Array("sao".utf8)))
        // "萨" ends text 1 and "S" starts text 2: no match across the boundary.
        #expect(!column.contains(1, bytes: Array("萨S".utf8)))
        #expect(!column.contains(2, bytes: Array("萨S".utf8)))
        // An empty text holds only the empty needle.
        #expect(column.contains(0, bytes: []))
        #expect(!column.contains(3, bytes: Array("a".utf8)))
    }

    @Test func sortingIsByCodePointWithEqualTextsLeftToTheCaller() {
        let column = Self.column
        // "" < "São Paulo" < "a" (capital S is 0x53, a is 0x61) < "佛罗伦萨" (U+4F5B) < "名古屋" (U+540D).
        #expect(column.precedes(0, 2) == true)
        #expect(column.precedes(2, 5) == true)
        #expect(column.precedes(5, 1) == true)
        #expect(column.precedes(1, 4) == true)
        #expect(column.precedes(4, 1) == false)
        #expect(column.precedes(0, 3) == nil)
    }
}
