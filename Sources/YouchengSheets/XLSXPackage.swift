import Foundation
import YouchengCore
import ZIPFoundation

/// The zip container of an XLSX workbook and the relationship parts that link its pieces.
///
/// Parts are inflated under `TableLimits.partBytes` and, all together, `TableLimits.archiveBytes`, counting the bytes
/// actually inflated: the sizes an archive declares are not trusted, since a zip bomb lies about them.
final class XLSXPackage {
    private let archive: Archive
    private let limits: TableLimits
    /// Bytes inflated so far, all parts together.
    private var inflated = 0

    init(data: Data, limits: TableLimits) throws(TabularError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .brokenWorkbook("not a zip archive")
        }
        self.limits = limits
    }

    /// The uncompressed bytes of the part at `path`, or nil when the archive has no such part.
    /// - Throws: `TabularError.tooLarge` as soon as the part, or all parts read, inflate past their limit.
    func part(_ path: String) throws(TabularError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        var exceeded: TableLimitExceeded?
        do {
            _ = try archive.extract(entry) { chunk in
                if data.count + chunk.count > limits.partBytes {
                    exceeded = TableLimitExceeded(.partBytes, maximum: limits.partBytes, part: path)
                } else if inflated + chunk.count > limits.archiveBytes {
                    exceeded = TableLimitExceeded(.archiveBytes, maximum: limits.archiveBytes, part: path)
                }
                if exceeded != nil {
                    throw CocoaError(.fileReadTooLarge)
                }
                inflated += chunk.count
                data.append(chunk)
            }
        } catch {
            if let exceeded {
                throw .tooLarge(exceeded)
            }
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
        guard try XMLSupport.parse(data, with: parser) else {
            throw .brokenWorkbook("\(name).rels is not valid XML")
        }
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
