import Testing
import YouchengCore

/// JSON string literals escape only `"`, `\` and control characters, the same whether written to a String or to
/// UTF-8 bytes.
@Suite struct JSONStringTests {
    static let cases: [(String, String)] = [
        ("", #""""#),
        ("plain", #""plain""#),
        ("a \"b\" \\ c/d", #""a \"b\" \\ c/d""#),
        ("tab\tnew\ncr\r", #""tab\tnew\ncr\r""#),
        ("nul\u{0}bell\u{7}esc\u{1B}us\u{1F}", #""nul\u0000bell\u0007esc\u001bus\u001f""#),
        ("del\u{7F} sep\u{2028} 金泽 😀", "\"del\u{7F} sep\u{2028} 金泽 😀\""),
        ("\"", #""\"""#),
        ("\"\\\n", #""\"\\\n""#),
    ]

    @Test func escapesOnlyQuotesBackslashesAndControlCharactersToAString() {
        for (text, expected) in Self.cases {
            var out = "prefix:"
            JSONString.append(text, to: &out)
            #expect(out == "prefix:" + expected)
        }
    }

    @Test func writesTheSameBytesToAByteBuffer() {
        for (text, expected) in Self.cases {
            var out = Array("[".utf8)
            JSONString.append(text, to: &out)
            #expect(out == Array(("[" + expected).utf8))
        }
    }
}
