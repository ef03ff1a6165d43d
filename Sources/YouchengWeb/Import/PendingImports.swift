import Foundation

/// Uploaded files between their dry run and the user's confirmation, kept in memory under a random token.
///
/// Keeping the file server-side means the confirmation stores exactly what was previewed without a second upload.
/// Only uploads the report offers to confirm are kept. Entries expire after `lifetime`; the total size is capped so
/// abandoned previews cannot exhaust memory. A confirmation `take`s its entry, so a second click finds nothing.
actor PendingImports {
    /// One upload waiting for confirmation.
    struct Upload: Sendable {
        /// The file's bytes.
        let data: Data
        /// The file's name as uploaded (it decides the format).
        let filename: String?
        /// The default home given with the upload, as written.
        let home: String
        /// When it was uploaded.
        let created: Date
    }

    private var uploads: [String: Upload] = [:]
    private let lifetime: TimeInterval
    private let maxTotalBytes: Int
    private let now: @Sendable () -> Date
    private let makeToken: @Sendable () -> String

    /// Creates an empty store; `now` and `makeToken` are injectable so tests can fix them.
    init(
        lifetime: TimeInterval = 30 * 60, maxTotalBytes: Int = 256 * 1024 * 1024, now: @escaping @Sendable () -> Date,
        makeToken: @escaping @Sendable () -> String = PendingImports.randomToken
    ) {
        self.lifetime = lifetime
        self.maxTotalBytes = maxTotalBytes
        self.now = now
        self.makeToken = makeToken
    }

    /// How many uploads are waiting.
    var count: Int {
        expire()
        return uploads.count
    }

    /// Keeps `upload` and returns its token; the oldest entries make room when the store is full.
    func keep(data: Data, filename: String?, home: String) -> String {
        let token = makeToken()
        put(token, Upload(data: data, filename: filename, home: home, created: now()))
        return token
    }

    /// Removes and returns the upload under `token`, if it has not expired: only one confirmation gets it.
    func take(_ token: String) -> Upload? {
        expire()
        return uploads.removeValue(forKey: token)
    }

    /// Puts back an upload taken by a confirmation that failed, so the user can try again.
    func restore(_ token: String, _ upload: Upload) {
        put(token, upload)
    }

    private func put(_ token: String, _ upload: Upload) {
        expire()
        var total = uploads.values.reduce(upload.data.count) { $0 + $1.data.count }
        for (old, kept) in uploads.sorted(by: { $0.value.created < $1.value.created }) where total > maxTotalBytes {
            uploads[old] = nil
            total -= kept.data.count
        }
        uploads[token] = upload
    }

    private func expire() {
        let limit = now().addingTimeInterval(-lifetime)
        uploads = uploads.filter { $0.value.created >= limit }
    }

    /// 128 random bits as 32 hex digits.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
