import Foundation

/// SAX delegate reading `xl/workbook.xml`: the sheets in tab order and the date system.
final class XLSXWorkbookParser: XMLPartReader {
    /// The relationship id (`r:id`) of each `<sheet>`, in workbook (tab) order.
    private(set) var sheetRelationshipIDs: [String] = []
    /// Whether serial dates count from 1904-01-01 (old Mac Excel) instead of 1900.
    private(set) var uses1904Dates = false

    override func start(_ name: Substring, attributes attributeDict: [String: String]) {
        switch name {
        case "sheet":
            if let id = XMLSupport.localAttributes(attributeDict)["id"] {
                sheetRelationshipIDs.append(id)
            }
        case "workbookPr":
            let flag = attributeDict["date1904"]
            uses1904Dates = flag == "1" || flag == "true"
        default:
            break
        }
    }
}
