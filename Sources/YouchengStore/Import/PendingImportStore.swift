import Foundation
import SQLKit
import YouchengCore

/// Uploaded import files between their dry run and the user's confirmation, kept in the database (`pending_imports`)
/// so that a confirmation reaching another server behind the load balancer finds the file.
///
/// Each upload is kept under a random id (128 bits, as unguessable as a session id) bound to the user who uploaded
/// it: only they can take it. Uploads expire after `lifetime`; expired rows are deleted whenever one is kept or taken.
/// The bytes kept are capped at `maxTotalBytes`: the oldest uploads make room for a new one. A confirmation `take`s
/// its row in one statement, so a second click, on any server, finds nothing; `restore` puts it back.
public struct PendingImportStore: Sendable {
    /// One upload waiting for confirmation.
    public struct Upload: Sendable, Equatable {
        /// The file's bytes.
        public var data: Data
        /// The file's name as uploaded (it decides the format).
        public var filename: String?
        /// The default home given with the upload, as written.
        public var home: String
        /// The user who uploaded it.
        public var userId: Int64
        /// When it was uploaded.
        public var created: Date

        /// Creates an upload.
        public init(data: Data, filename: String?, home: String, userId: Int64, created: Date) {
            self.data = data
            self.filename = filename
            self.home = home
            self.userId = userId
            self.created = created
        }
    }

    /// How long an upload waits by default: 30 minutes.
    public static let defaultLifetime: TimeInterval = 30 * 60
    /// The bytes kept by default, over all uploads: 256 MiB.
    public static let defaultMaxTotalBytes = 256 * 1024 * 1024

    let database: Database
    let lifetime: TimeInterval
    let maxTotalBytes: Int
    let now: @Sendable () -> Date
    let makeId: @Sendable () -> String

    /// Creates the store; `now` and `makeId` are injectable so tests fix the clock and the ids.
    public init(
        database: Database, lifetime: TimeInterval = defaultLifetime, maxTotalBytes: Int = defaultMaxTotalBytes,
        now: @escaping @Sendable () -> Date = { Date() },
        makeId: @escaping @Sendable () -> String = { RandomToken.hex(bytes: 16) }
    ) {
        self.database = database
        self.lifetime = lifetime
        self.maxTotalBytes = maxTotalBytes
        self.now = now
        self.makeId = makeId
    }

    /// Keeps `data` for `userId` and returns its id; the oldest uploads are dropped when the total would pass the cap.
    public func keep(data: Data, filename: String?, home: String, userId: Int64) async throws -> String {
        let id = makeId()
        try await put(
            id, Upload(data: data, filename: filename, home: home, userId: userId, created: Timestamp.truncated(now())))
        return id
    }

    /// Removes and returns the upload `id` of `userId`, if it has not expired: only one confirmation gets it. Another
    /// user's id finds nothing (and leaves the row).
    public func take(_ id: String, userId: Int64) async throws -> Upload? {
        guard RandomToken.isHex(id) else { return nil }
        let time = now()
        return try await database.withConnection { sql in
            try await deleteExpired(sql, at: time)
            guard
                let row = try await sql.raw(
                    """
                    DELETE FROM pending_imports
                    WHERE id = \(bind: id) AND user_id = \(bind: userId) AND expires_at > \(bind: Timestamp.string(time))
                    RETURNING data, filename, home, user_id, created_at
                    """
                ).first()
            else { return nil }
            return Upload(
                data: try row.decode(column: "data", as: Data.self),
                filename: try row.decode(column: "filename", as: String?.self),
                home: try row.decode(column: "home", as: String.self),
                userId: try row.decode(column: "user_id", as: Int64.self),
                created: Timestamp.date(try row.decode(column: "created_at", as: String.self)) ?? time)
        }
    }

    /// Puts back an upload taken by a confirmation that failed, under the same id and expiry, so the user can try
    /// again.
    public func restore(_ id: String, _ upload: Upload) async throws {
        try await put(id, upload)
    }

    /// How many uploads are waiting (expired ones are not counted).
    public func count() async throws -> Int {
        let limit = Timestamp.string(now())
        return try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM pending_imports WHERE expires_at > \(bind: limit)")
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }
}
