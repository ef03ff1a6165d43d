import Foundation
import SQLKit
import YouchengCore

extension PendingImportStore {
    /// Inserts `upload` under `id` after deleting expired rows and, oldest first, rows beyond the byte cap; one
    /// transaction, so two servers keeping uploads at once cannot both squeeze under the cap.
    func put(_ id: String, _ upload: Upload) async throws {
        let time = now()
        let expires = Timestamp.string(upload.created.addingTimeInterval(lifetime))
        try await database.writeTransaction(locking: ["pending_imports"]) { sql in
            try await deleteExpired(sql, at: time)
            try await makeRoom(for: upload.data.count, sql: sql)
            try await sql.raw(
                """
                INSERT INTO pending_imports (id, user_id, data, size, filename, home, created_at, expires_at)
                VALUES (\(bind: id), \(bind: upload.userId), \(bind: upload.data), \(bind: upload.data.count),
                  \(bind: upload.filename), \(bind: upload.home), \(bind: Timestamp.string(upload.created)),
                  \(bind: expires))
                """
            ).run()
        }
    }

    /// Deletes the uploads that expired by `time`.
    func deleteExpired(_ sql: any SQLDatabase, at time: Date) async throws {
        try await sql.raw("DELETE FROM pending_imports WHERE expires_at <= \(bind: Timestamp.string(time))").run()
    }

    /// Deletes the oldest uploads until `bytes` more fit under the cap.
    private func makeRoom(for bytes: Int, sql: any SQLDatabase) async throws {
        let kept = try await sql.raw("SELECT id, size FROM pending_imports ORDER BY created_at, id").all()
        var total = bytes
        for row in kept { total += try row.decode(column: "size", as: Int.self) }
        for row in kept where total > maxTotalBytes {
            try await sql.raw(
                "DELETE FROM pending_imports WHERE id = \(bind: try row.decode(column: "id", as: String.self))"
            )
            .run()
            total -= try row.decode(column: "size", as: Int.self)
        }
    }
}
