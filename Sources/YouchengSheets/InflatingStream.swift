import Foundation

/// The inflated bytes of one zip entry as an `InputStream`, for `XMLParser(stream:)`: another thread inflates into
/// a short queue of chunks and this stream hands them on, so a part is parsed while it is inflated, never held
/// whole, and parsing can stop (a limit passed on row 1) without inflating the rest.
///
/// Used from two threads (through `Inflating`, which says why that is safe): the queue, `finished`, `cancelled`
/// and `failure` are only touched under `condition`; the current chunk only by the reading thread.
final class InflatingStream: InputStream {
    /// Chunks waiting; the inflating thread blocks while this many are queued.
    private static let queueLength = 4

    private let condition = NSCondition()
    private var queue: [Data] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private var current = Data()
    private var offset = 0

    init() {
        super.init(data: Data())
    }

    // MARK: The inflating thread

    /// Queues a copy of `chunk` (the zip library reuses its buffer once this returns), waiting while the queue is
    /// full; throws once the reader has gone, to stop the inflating.
    func put(_ chunk: Data) throws {
        // An empty read would tell the parser the part has ended.
        guard !chunk.isEmpty else { return }
        let copy = chunk.withUnsafeBytes { Data($0) }
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.queueLength, !cancelled {
            condition.wait()
        }
        guard !cancelled else { throw CancellationError() }
        queue.append(copy)
        condition.broadcast()
    }

    /// Whether the reader has gone (`cancel`), so an error from the inflating is only the stop it asked for.
    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// No more chunks: the entry ended, or inflating failed with `error`.
    func finish(_ error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    // MARK: The reading thread

    /// Tells the inflating thread to stop (the parser is done, early or not).
    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if offset == current.count {
            condition.lock()
            while queue.isEmpty, !finished {
                condition.wait()
            }
            guard !queue.isEmpty else {
                let failed = failure != nil
                condition.unlock()
                return failed ? -1 : 0
            }
            current = queue.removeFirst()
            offset = 0
            condition.broadcast()
            condition.unlock()
        }
        let count = min(length, current.count - offset)
        current.withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }

    override var hasBytesAvailable: Bool { true }

    /// Why the last read returned -1 (the parser asks; Foundation's own getter fails on a subclass).
    override var streamError: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    override var streamStatus: Stream.Status { .open }

    override func open() {}

    override func close() {}
}
