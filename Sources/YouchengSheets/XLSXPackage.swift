import Foundation
import YouchengCore
import ZIPFoundation

/// The zip container of an XLSX workbook and the relationship parts that link its pieces.
struct XLSXPackage {
    /// The most bytes one part may inflate to; guards against zip bombs in uploads.
    static let maximumPartSize: UInt64 = 256 * 1024 * 1024

    private let archive: Archive

    init(data: Data) throws(TabularError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .brokenWorkbook("not a zip archive")
        }
    }

    /// The uncompressed bytes of the part at `path`, or nil when the archive has no such part.
    func part(_ path: String) throws(TabularError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard UInt64(entry.uncompressedSize) <= Self.maximumPartSize else {
            throw .brokenWorkbook("\(path) is too large")
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { chunk in data.append(chunk) }
        } catch {
            throw .brokenWorkbook("\(path) is damaged")
        }
        return data
    }

    /// The path of the main workbook part, named by the package relationships (usually `xl/workbook.xml`).
    func workbookPath() throws(TabularError) -> String {
        let officeDocument = try relationships(of: "").first { $0.type.hasSuffix("/officeDocument") }
        return officeDocument?.target ?? "xl/workbook.xml"
    }

    /// The relationships of the part at `partPath` (`""` for the package itself), targets resolved to part paths.
    func relationships(of partPath: String) throws(TabularError) -> [XLSXRelationship] {
        let slash = partPath.lastIndex(of: "/")
        let directory = slash.map { String(partPath[...$0]) } ?? ""
        let name = slash.map { String(partPath[partPath.index(after: $0)...]) } ?? partPath
        guard let data = try part(directory + "_rels/" + name + ".rels") else { return [] }
        let parser = XLSXRelationshipsParser()
        guard XMLSupport.parse(data, with: parser) else { throw .brokenWorkbook("\(name).rels is not valid XML") }
        return parser.relationships.map { relationship in
            XLSXRelationship(
                id: relationship.id,
                type: relationship.type,
                target: Self.resolve(relationship.target, in: directory)
            )
        }
    }

    /// Resolves a relationship target against the directory of its source part, giving a zip entry path.
    static func resolve(_ target: String, in directory: String) -> String {
        let joined = target.hasPrefix("/") ? target : directory + target
        var components: [Substring] = []
        for component in joined.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
