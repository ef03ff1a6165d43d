import Foundation
import SQLKit
import Testing
import YouchengTestSupport

@testable import YouchengStore

/// Rows carry text of every length JSONB writes a size for differently (in the header byte, in one, two or four
/// bytes after it), integers of either sign and NULLs, and come back as they went in, in order.
@Suite struct JSONRowsSizesTests {
    /// Texts of 0, 11, 12, 255, 256, 65,535 and 65,536 bytes, a Chinese one, and one with quotes and a backslash.
    static let texts =
        [0, 11, 12, 255, 256, 65_535, 65_536].map { String(repeating: "a", count: $0) } + [
            "佛罗伦萨", "\"quote\" \\ slash",
        ]

    @Test(arguments: TestBackend.available)
    func everyTextLengthAndIntegerComesBackAsItWentIn(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let texts = Self.texts + ["tab\tline\nend"]
            let stored = try await database.withConnection { sql in
                var rows = JSONRows(dialect: sql.dialect)
                for (n, text) in texts.enumerated() {
                    rows.append([.integer(Int64(n)), .text(text), .integer(n.isMultiple(of: 2) ? -Int64(n) : nil)])
                }
                rows.append([.integer(99), .text(nil), .integer(Int64.min)])
                try await sql.raw("CREATE TEMPORARY TABLE sizes (n BIGINT, t TEXT, i BIGINT)").run()
                try await sql.raw(
                    "INSERT INTO sizes (n, t, i) " + rows.select([.integer, .text, .integer], dialect: sql.dialect)
                )
                .run()
                return try await sql.raw("SELECT n, t, i FROM sizes ORDER BY n").all().map { row in
                    (
                        try row.decode(column: "n", as: Int64.self), try row.decode(column: "t", as: String?.self),
                        try row.decode(column: "i", as: Int64?.self)
                    )
                }
            }

            #expect(stored.map(\.0) == Array(0..<Int64(texts.count)) + [99])
            // Compared by length first, so a failure does not print 130 KB of text.
            #expect(stored.map { $0.1?.utf8.count } == (texts + [nil]).map { $0?.utf8.count })
            #expect(stored.map(\.1) == texts + [nil])
            #expect(stored.map(\.2) == [0, nil, -2, nil, -4, nil, -6, nil, -8, nil, Int64.min])
        }
    }
}
