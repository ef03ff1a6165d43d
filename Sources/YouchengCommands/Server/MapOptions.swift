import ArgumentParser
import Foundation
import YouchengCore

/// `--base-map PATH`: a GeoJSON file of country outlines to draw on `/map` instead of the bundled Natural Earth map
/// (which is not approved for publication in China). Precedence: the option, then `YOUCHENG_BASE_MAP`, then the
/// bundled map. A file that cannot be used stops the start-up with the reason in both languages.
public struct MapOptions: ParsableArguments {
    /// The value given on the command line, if any.
    @Option(
        name: .customLong("base-map"),
        help: "底图 GeoJSON 文件（或 $YOUCHENG_BASE_MAP；默认内置 Natural Earth）/ a GeoJSON base map for /map")
    public var baseMap: String?

    /// Creates empty options.
    public init() {}

    /// The base map after applying the precedence rule, read and checked; nil for the bundled one.
    public func resolved(environment: [String: String] = CommandEnvironment.variables) throws -> WorldMap? {
        let path = baseMap ?? environment["YOUCHENG_BASE_MAP"].flatMap { $0.isEmpty ? nil : $0 }
        guard let path else { return nil }
        do {
            return try WorldMap.load(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(
                Bilingual(
                    zh: "底图 \(path) 无法使用：\(error.message.zh)",
                    en: "base map \(path) cannot be used: \(error.message.en)"
                ))
        }
    }
}
