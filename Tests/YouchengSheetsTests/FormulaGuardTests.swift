import Testing

@testable import YouchengSheets

/// The CSV formula guard reads the first Unicode scalar, as a spreadsheet does, not the first `Character`.
@Suite struct FormulaGuardTests {
    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func aFormulaStartingWithACombiningMarkIsGuardedAndRestored() {
        let cell = "=\u{301}HYPERLINK(\"http://x\")"

        let guarded = FormulaGuard.escape(cell)

        #expect(Self.scalars(guarded) == [0x27] + Self.scalars(cell))
        #expect(Self.scalars(FormulaGuard.unescape(guarded)) == Self.scalars(cell))
    }

    @Test func anApostropheBeforeACombiningMarkIsText() {
        // No trigger follows the apostrophe, so import keeps it.
        #expect(Self.scalars(FormulaGuard.unescape("'\u{301}x")) == [0x27, 0x301, 0x78])
        #expect(Self.scalars(FormulaGuard.escape("\u{301}=x")) == [0x301, 0x3D, 0x78])
    }
}
