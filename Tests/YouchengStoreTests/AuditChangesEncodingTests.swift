import Foundation
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The `changes` column holds exactly what JSONEncoder (keys sorted, slashes as they are) writes, whatever the
/// values: entries are looked up by their exact changes, and rows written before stay comparable.
@Suite struct AuditChangesEncodingTests {
    static let values: [String?] = [
        nil, "", "金泽 \"甲\" \\ 乙/丙", "a/b", "😀 emoji", "line\u{2028}sep", "del\u{7F}", "tab\there", "new\nline",
        "bell\u{07}", "back\u{08}space", "form\u{0C}feed",
    ]

    @Test(arguments: TestBackend.available)
    func storedChangesAreByteForByteWhatJSONEncoderWrites(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = AuditStore(database: database)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var sets: [[FieldChange]] = [[]]
            for value in Self.values {
                sets.append([
                    FieldChange(field: "f", before: value, after: "x"),
                    FieldChange(field: "g/h", before: nil, after: value),
                ])
            }
            for changes in sets {
                let entry = try await store.append(
                    AuditEvent(actor: .system, action: .update, entityType: .setting, entityId: "s", changes: changes))
                let stored = try await database.withConnection { sql in
                    try await sql.raw("SELECT changes FROM audit_log WHERE id = \(bind: entry.id)").first(
                        decodingColumn: "changes", as: String.self)
                }
                #expect(stored == String(decoding: try encoder.encode(changes), as: UTF8.self))
            }
        }
    }
}
