import Foundation
import YouchengCore
import ZIPFoundation

/// The zip container of an XLSX workbook and the relationship parts that link its pieces.
///
/// Parts are parsed while they are inflated (`InflatingStream`), under `TableLimits.partBytes` and, all together,
/// `TableLimits.archiveBytes`, counting the bytes actually inflated: the sizes an archive declares are not trusted,
/// since a zip bomb lies about them.
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

    /// Parses the part at `path` with `reader` as it is inflated; nil when the archive has no such part, else
    /// whether the XML was well formed.
    /// - Throws: `TabularError.tooLarge` as soon as the part, or all parts read, inflate past their limit, or when
    ///   `reader` stops at one of its own; `TabularError.brokenWorkbook` when the part cannot be inflated.
    func parse(_ path: String, with reader: XMLPartReader) throws(TabularError) -> Bool? {
        guard let entry = archive[path] else { return nil }
        let inflating = Inflating(
            archive: archive, entry: entry, path: path, partLimit: limits.partBytes,
            archiveLimit: limits.archiveBytes, alreadyInflated: inflated)
        let thread = Thread { inflating.run() }
        thread.start()
        let parsed = XMLSupport.parse(stream: inflating.stream, with: reader)
        inflating.stream.cancel()
        inflating.done.wait()
        inflated += inflating.count
        if let failure = reader.failure {
            throw failure
        }
        if let error = inflating.error {
            throw error
        }
        return parsed
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
        let parser = XLSXRelationshipsParser()
        guard let parsed = try parse(directory + "_rels/" + name + ".rels", with: parser) else { return [] }
        guard parsed else { throw .brokenWorkbook("\(name).rels is not valid XML") }
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

/// One part inflated on its own thread into an `InflatingStream`, counting the bytes against the limits.
// Why `@unchecked Sendable` is safe: the archive is used by the inflating thread alone while it runs (the reading
// thread waits for `done` before touching the archive again); `count` and `error` are written by that thread and
// read only after `done` is signalled; the stream guards what both threads share with its own lock.
private final class Inflating: @unchecked Sendable {  // handed to one thread at a time; see the comment above
    let stream = InflatingStream()
    let done = DispatchSemaphore(value: 0)
    private(set) var count = 0
    private(set) var error: TabularError?
    private let archive: Archive
    private let entry: Entry
    private let path: String
    private let partLimit: Int
    private let archiveLimit: Int
    private let alreadyInflated: Int

    init(archive: Archive, entry: Entry, path: String, partLimit: Int, archiveLimit: Int, alreadyInflated: Int) {
        self.archive = archive
        self.entry = entry
        self.path = path
        self.partLimit = partLimit
        self.archiveLimit = archiveLimit
        self.alreadyInflated = alreadyInflated
    }

    func run() {
        do {
            _ = try archive.extract(entry) { chunk in
                count += chunk.count
                if count > partLimit {
                    error = .tooLarge(TableLimitExceeded(.partBytes, maximum: partLimit, part: path))
                } else if alreadyInflated + count > archiveLimit {
                    error = .tooLarge(TableLimitExceeded(.archiveBytes, maximum: archiveLimit, part: path))
                }
                if error != nil {
                    throw CocoaError(.fileReadTooLarge)
                }
                try stream.put(chunk)
            }
            stream.finish(nil)
        } catch  where self.error == nil && stream.isCancelled {
            // The parser stopped early (a limit, malformed XML) and asked for no more.
            stream.finish(nil)
        } catch {
            if self.error == nil {
                self.error = .brokenWorkbook("\(path) is damaged")
            }
            stream.finish(error)
        }
        done.signal()
    }
}
