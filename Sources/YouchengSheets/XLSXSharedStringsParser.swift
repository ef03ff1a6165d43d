import Foundation
import YouchengCore

/// SAX delegate reading `xl/sharedStrings.xml` into a table indexed by `<c t="s">` values.
///
/// An item is either one `<t>` or rich-text runs `<r><t>…</t></r>` whose texts are joined. Phonetic
/// guides (`<rPh>`, Japanese furigana) also contain `<t>` but are not part of the displayed text.
///
/// The table may hold at most `TableLimits.cells` strings (no sheet within the limits could use more), each at most
/// `TableLimits.cellLength` characters and all together `TableLimits.sharedText`; past any of them reading stops.
final class XLSXSharedStringsParser: XMLPartReader {
    private(set) var strings: [String] = []
    private let limits: TableLimits
    private let path: String
    private var text = ""
    private var textLength = 0
    private var totalLength = 0
    private var isCapturing = false
    private var phoneticDepth = 0

    init(limits: TableLimits, path: String) {
        self.limits = limits
        self.path = path
    }

    override func start(_ name: Substring, attributes attributeDict: [String: String]) {
        switch name {
        case "sst":
            // The declared count is only a hint, and may lie.
            if let count = attributeDict["uniqueCount"].flatMap(Int.init), count > 0 {
                strings.reserveCapacity(min(count, limits.cells, 1 << 16))
            }
        case "si":
            text = ""
            textLength = 0
        case "t": isCapturing = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si":
            guard strings.count < limits.cells else {
                return fail(.tooLarge(TableLimitExceeded(.cells, maximum: limits.cells, part: path)))
            }
            strings.append(OOXMLText.decode(text))
        case "t": isCapturing = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    override func characters(_ string: String) {
        guard isCapturing else { return }
        let length = string.unicodeScalars.count
        textLength += length
        totalLength += length
        if textLength > limits.cellLength {
            fail(.tooLarge(TableLimitExceeded(.cellLength, maximum: limits.cellLength, part: path)))
        } else if totalLength > limits.sharedText {
            fail(.tooLarge(TableLimitExceeded(.sharedText, maximum: limits.sharedText, part: path)))
        } else {
            text.append(string)
        }
    }
}
