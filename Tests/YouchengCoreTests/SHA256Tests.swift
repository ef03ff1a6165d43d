import Testing
import YouchengCore

@Suite struct SHA256Tests {
    // The vectors of FIPS 180-4's examples and NIST's test suite.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func hashesMatchTheStandardsVectors(text: String, digest: String) {
        #expect(SHA256.hex(text) == digest)
    }

    @Test func aMillionAsMatchTheLongVector() {
        var hash = SHA256()
        hash.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func feedingInPiecesGivesTheSameDigestAsAllAtOnce() {
        let text = String(repeating: "友城 twin towns / ", count: 50)
        var pieces = SHA256()
        for piece in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            pieces.update((piece.offset > 0 ? " " : "") + piece.element)
        }
        #expect(pieces.hexDigest() == SHA256.hex(text))
    }
}
