/// The fixed parts of a workbook: content types, relationships, the workbook and its styles.
extension XLSXWriter {
    static let xmlDeclaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    static func contentTypes(sheetCount: Int) -> String {
        var xml = xmlDeclaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="\#(contentTypePrefix).sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="\#(contentTypePrefix).styles+xml"/>"#
        for number in 1...sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(number).xml""#
            xml += #" ContentType="\#(contentTypePrefix).worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    static var packageRelationships: String {
        xmlDeclaration + #"<Relationships xmlns="\#(packageRelationshipNamespace)">"#
            + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
            + "</Relationships>"
    }

    static func workbook(sheetNames: [String]) -> String {
        var xml = xmlDeclaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)"><sheets>"#
        for (index, name) in sheetNames.enumerated() {
            let escapedName = XLSXEscaping.xmlText(name)
            xml += #"<sheet name="\#(escapedName)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    /// Worksheets are `rId1`…`rIdN`; the styles part comes after them.
    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = xmlDeclaration + #"<Relationships xmlns="\#(packageRelationshipNamespace)">"#
        for number in 1...sheetCount {
            xml += #"<Relationship Id="rId\#(number)" Type="\#(relationshipNamespace)/worksheet""#
            xml += #" Target="worksheets/sheet\#(number).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipNamespace)/styles""#
        xml += #" Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    /// Style 0 is plain text, style 1 bold (used for the header row).
    static var styles: String {
        xmlDeclaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
            + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>"#
            + #"<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
            + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
            + "</styleSheet>"
    }
}
