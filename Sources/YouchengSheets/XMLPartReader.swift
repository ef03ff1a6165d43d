import Foundation
import YouchengCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Base of the SAX readers of workbook parts: subclasses override `start`, `end` and `characters`,
/// which receive names without namespace prefixes.
///
/// Foundation runs libxml2 in recovery mode, so `XMLParser.parse()` can return true for a part that
/// is cut short; the only sign is a call to `parseErrorOccurred`, which this class records.
/// (On Linux `XMLParserDelegate` is not an Objective-C protocol, so a subclass's own delegate
/// methods would never be called: hence the overridable hooks.)
class XMLPartReader: NSObject, XMLParserDelegate {
    /// Whether the parser reported any error, recovered from or not.
    private(set) var sawError = false
    /// Why a subclass stopped reading (a limit passed), if it did; `XLSXPackage.parse` throws it.
    private(set) var failure: TabularError?
    /// The parser feeding this reader, set by `XMLSupport.parse` so `fail` can stop it.
    weak var parser: XMLParser?

    /// Stops reading the part: no hook is called after this, and `XLSXPackage.parse` throws `error`.
    final func fail(_ error: TabularError) {
        guard failure == nil else { return }
        failure = error
        parser?.abortParsing()
    }

    /// An element starts; `attributes` are keyed as written (`r:id` keeps its prefix).
    func start(_ name: Substring, attributes: [String: String]) {}

    /// An element ends.
    func end(_ name: Substring) {}

    /// Text content, possibly in several pieces for one text node.
    func characters(_ text: String) {}

    final func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        start(XMLSupport.localName(elementName), attributes: attributeDict)
    }

    final func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard failure == nil else { return }
        end(XMLSupport.localName(elementName))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        characters(string)
    }

    final func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard failure == nil else { return }
        characters(String(decoding: block, as: UTF8.self))
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        sawError = true
    }
}
