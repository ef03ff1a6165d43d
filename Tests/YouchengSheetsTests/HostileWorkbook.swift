import Foundation
import Testing
import ZIPFoundation

/// Crafted workbooks of the kind a hostile upload would be: small files that claim far columns or inflate hugely.
enum HostileWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The workbook and its relationships, naming `xl/worksheets/sheet1.xml` (and shared strings when asked).
    static func frame(sharedStrings: Bool = false) -> [String: String] {
        var rels =
            #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
        if sharedStrings {
            rels += #"<Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
        }
        return [
            "xl/workbook.xml": #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"#
                + #"<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
            "xl/_rels/workbook.xml.rels": rels + "</Relationships>",
        ]
    }

    /// A sheet declaring `A1:XFD1048576` whose `rows` rows each hold one cell, at column XFD, with `cell` inside
    /// (`<v>1</v>` by default; `""` for an empty cell).
    static func farColumns(rows: Int, cell: String = "<v>1</v>") throws -> Data {
        var sheet = #"<worksheet xmlns="\#(main)"><dimension ref="A1:XFD1048576"/><sheetData>"#
        sheet.reserveCapacity(rows * 48)
        for row in 1...rows {
            sheet += #"<row r="\#(row)"><c r="XFD\#(row)">\#(cell)</c></row>"#
        }
        var parts = frame()
        parts["xl/worksheets/sheet1.xml"] = sheet + "</sheetData></worksheet>"
        return try zip(parts)
    }

    /// A sheet of `body` (the XML inside `<sheetData>`).
    static func sheet(_ body: String, sharedStrings: String? = nil) throws -> Data {
        var parts = frame(sharedStrings: sharedStrings != nil)
        parts["xl/worksheets/sheet1.xml"] = #"<worksheet xmlns="\#(main)"><sheetData>\#(body)</sheetData></worksheet>"#
        if let sharedStrings {
            parts["xl/sharedStrings.xml"] = #"<sst xmlns="\#(main)">\#(sharedStrings)</sst>"#
        }
        return try zip(parts)
    }

    /// A deflated zip of `parts`, then `padding` bytes of spaces appended to each part named in `padded` (so it
    /// inflates to far more than it weighs), with every declared uncompressed size rewritten to 100 bytes.
    static func bomb(_ parts: [String: String], padded: Set<String>, padding: Int) throws -> Data {
        var data = try zip(parts, padded: padded, padding: padding)
        lieAboutSizes(in: &data, declared: 100)
        return data
    }

    /// A deflated zip of `parts`; each part in `padded` gets `padding` spaces at its end.
    static func zip(_ parts: [String: String], padded: Set<String> = [], padding: Int = 0) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            let total = bytes.count + (padded.contains(path) ? padding : 0)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(total), compressionMethod: .deflate
            ) { position, size in
                let start = Int(position)
                let end = start + size
                var chunk = Data()
                if start < bytes.count {
                    chunk.append(bytes.subdata(in: start..<min(end, bytes.count)))
                }
                chunk.append(Data(repeating: UInt8(ascii: " "), count: max(0, end - max(start, bytes.count))))
                return chunk
            }
        }
        return try #require(archive.data)
    }

    /// Overwrites the uncompressed size of every entry, in its local header (offset 22) and in the central directory
    /// (offset 24), as a zip bomb does to slip past a guard that trusts it.
    static func lieAboutSizes(in data: inout Data, declared: UInt32) {
        let sizeBytes = withUnsafeBytes(of: declared.littleEndian) { Array($0) }
        let bytes = [UInt8](data)
        for offset in 0..<(bytes.count - 4) {
            let signature =
                UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
            let field =
                switch signature {
                case 0x0403_4B50: 22
                case 0x0201_4B50: 24
                default: -1
                }
            if field > 0, offset + field + 4 <= bytes.count {
                data.replaceSubrange((offset + field)..<(offset + field + 4), with: sizeBytes)
            }
        }
    }
}
