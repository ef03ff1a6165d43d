import Testing
import YouchengCore

/// The one escaper for HTML and XML, checked scalar by scalar: `==` on `String`s compares `Character`s, so the
/// expectations compare the scalars themselves.
@Suite struct MarkupEscapingTests {
    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func markupCharactersBeforeACombiningMarkAreEscaped() {
        let escaped = MarkupEscaping.html("/\"\u{301} x='\u{301}<\u{301}b>&\u{301}")

        #expect(Self.scalars(escaped) == Self.scalars("/&quot;\u{301} x=&#39;\u{301}&lt;\u{301}b&gt;&amp;\u{301}"))
    }

    @Test func plainTextComesBackUnchanged() {
        #expect(MarkupEscaping.html("南京 Nanjing · é") == "南京 Nanjing · é")
        #expect(MarkupEscaping.xml("南京 Nanjing · é") == "南京 Nanjing · é")
    }

    @Test func htmlKeepsControlsThatXMLDrops() {
        let text = "a\u{1}b\tc\nd\re\u{FFFE}f\u{FFFF}\"\u{301}"

        #expect(
            Self.scalars(MarkupEscaping.html(text)) == Self.scalars("a\u{1}b\tc\nd\re\u{FFFE}f\u{FFFF}&quot;\u{301}"))
        // XML 1.0 forbids U+0001, U+FFFE and U+FFFF; a carriage return is kept as a reference.
        #expect(Self.scalars(MarkupEscaping.xml(text)) == Self.scalars("ab\tc\nd&#13;ef&quot;\u{301}"))
    }

    @Test func appendingToBytesEscapesAsTheStringEscaperDoes() {
        var bytes = Array("<p>".utf8)
        MarkupEscaping.appendHTML("a\"\u{301}<南>&'", to: &bytes)
        MarkupEscaping.appendHTML("", to: &bytes)
        MarkupEscaping.appendHTML("&", to: &bytes)
        MarkupEscaping.appendHTML("é\u{1}", to: &bytes)

        #expect(
            Self.scalars(String(decoding: bytes, as: UTF8.self))
                == Self.scalars("<p>a&quot;\u{301}&lt;南&gt;&amp;&#39;&amp;é\u{1}"))
    }
}
