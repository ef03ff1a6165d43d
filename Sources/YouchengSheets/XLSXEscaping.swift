import YouchengCore

/// Escaping text for the XML of a workbook.
enum XLSXEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped per Unicode scalar and characters XML 1.0 forbids (most C0
    /// controls, U+FFFE, U+FFFF) removed; a carriage return becomes `&#13;` (see `MarkupEscaping.xml`).
    static func xmlText(_ text: String) -> String {
        MarkupEscaping.xml(text)
    }

    /// Cell text: `_xHHHH_` look-alikes protected (see `OOXMLText`), then XML-escaped.
    static func cellText(_ text: String) -> String {
        xmlText(OOXMLText.encode(text))
    }
}
