import Foundation
import Logging
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// An import carries its partnerships and audit entries to the database in one JSON array a statement; these check
/// that every text arrives as it was, that entries keep their order, and that another server sees what it stored.
@Suite struct RegistryImportJSONRowsTests {
    /// Notes a JSON array must carry unchanged: quotes, backslashes, slashes, line breaks, tabs, a bell, a line
    /// separator, emoji, CJK, and text that looks like JSON or SQL.
    static let notes = [
        "", "金泽 \"甲\" \\ 乙/丙", "tab\there", "new\nline\r\nend", "bell\u{07}", "line\u{2028}sep", "😀 emoji",
        "[\"not\", \"an array\"]", "null", "1e5", "'); DROP TABLE partners; --", "\\u0041 stays six characters",
    ]

    static func rows() -> [RegistryRow] {
        notes.enumerated().map { i, note in
            RegistryRow(
                row: i + 2, homeCode: "320100", partnerName: "Town \(i)", partnerNameZh: "", country: "DE",
                kind: .friendshipCity, established: .some(PartialDate(year: 1990 + i, month: nil, day: nil)),
                status: nil, notes: note)
        }
    }

    @Test(arguments: TestBackend.available)
    func importStoresEveryTextExactlyAndAuditsItInRowOrderByteForByteAsJSONEncoderWrites(backend: TestBackend)
        async throws
    {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            _ = try await store.apply(Self.rows(), dryRun: false, actor: .system)

            let stored = try await store.all(PartnershipQuery())
            var notes: [String: String] = [:]
            var years: [String: String?] = [:]
            for record in stored {
                notes[record.partner.name] = record.partnership.notes
                years[record.partner.name] = record.partnership.established?.description
            }
            for (i, note) in Self.notes.enumerated() {
                #expect(notes["Town \(i)"] == note)
                #expect(years["Town \(i)"] == .some(String(1990 + i)))
            }
            #expect(stored.allSatisfy { $0.partnership.kind == .friendshipCity && $0.partnership.status == .active })

            // One entry per partnership after the import's own, in partnership id order, each with exactly the
            // text JSONEncoder writes for its changes.
            let entries = try await database.withConnection { sql in
                try await sql.raw(
                    "SELECT id, action, entity_type, entity_id, unit_id, changes FROM audit_log ORDER BY id"
                ).all()
            }
            #expect(entries.count == Self.notes.count + 1)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let byId = Dictionary(uniqueKeysWithValues: stored.map { ($0.partnership.id, $0) })
            var lastId: Int64 = 0
            for row in entries.dropFirst() {
                #expect(try row.decode(column: "action", as: String.self) == "create")
                #expect(try row.decode(column: "unit_id", as: Int64?.self) == nil)
                let id = try #require(Int64(try row.decode(column: "entity_id", as: String.self)))
                #expect(id > lastId)
                lastId = id
                let record = try #require(byId[id])
                let changes = try row.decode(column: "changes", as: String.self)
                let decoded = try JSONDecoder().decode([FieldChange].self, from: Data(changes.utf8))
                #expect(changes == String(decoding: try encoder.encode(decoded), as: UTF8.self))
                // An empty value is left out of a created record's changes.
                let note = record.partnership.notes
                #expect(note.isEmpty || decoded.contains { $0.field == "notes" && $0.after == note })
            }
            let first = try #require(entries.first)
            #expect(try first.decode(column: "action", as: String.self) == "import")
            #expect(try first.decode(column: "entity_id", as: String?.self) == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func anotherServerSeesAnImportAndItsUpdatesButNothingFromADryRun(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            #expect(try await store.count() == 0)
            let other = try await Database.open(
                database.url, logger: Logger(label: "test"), poolSize: 2, migrate: false)
            do {
                let second = RegistryStore(database: other, reference: .bundled)
                var rows = Self.rows()

                _ = try await second.apply(rows, dryRun: false, actor: .system)
                #expect(try await store.count() == Self.notes.count)

                rows[0].notes = "changed by the second server"
                _ = try await second.apply(rows, dryRun: true, actor: .system)
                #expect(try await store.all(PartnershipQuery()).contains { $0.partnership.notes == "" })

                _ = try await second.apply(rows, dryRun: false, actor: .system)
                let changed = try await store.list(
                    try PartnershipQuery(parameters: [("q", "changed by the second")], reference: .bundled))
                #expect(changed.items.map(\.partner.name) == ["Town 0"])
                await other.close()
            } catch {
                await other.close()
                throw error
            }
        }
    }
}
