import Foundation
import Testing
import ZIPFoundation

/// Files under `Fixtures/`, made by `Fixtures/make_fixtures.py`.
enum Fixture {
    static func data(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// A zip holding the given parts, for workbooks broken in one precise way.
    static func zip(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count)) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return try #require(archive.data)
    }
}
