import Foundation

/// SAX delegate reading `xl/sharedStrings.xml` into a table indexed by `<c t="s">` values.
///
/// An item is either one `<t>` or rich-text runs `<r><t>…</t></r>` whose texts are joined. Phonetic
/// guides (`<rPh>`, Japanese furigana) also contain `<t>` but are not part of the displayed text.
final class XLSXSharedStringsParser: XMLPartReader {
    private(set) var strings: [String] = []
    private var text = ""
    private var isCapturing = false
    private var phoneticDepth = 0

    override func start(_ name: Substring, attributes attributeDict: [String: String]) {
        switch name {
        case "sst":
            if let count = attributeDict["uniqueCount"].flatMap(Int.init), count < 10_000_000 {
                strings.reserveCapacity(count)
            }
        case "si": text = ""
        case "t": isCapturing = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si": strings.append(OOXMLText.decode(text))
        case "t": isCapturing = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    override func characters(_ string: String) {
        if isCapturing {
            text.append(string)
        }
    }
}
