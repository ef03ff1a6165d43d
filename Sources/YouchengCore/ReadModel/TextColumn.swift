/// Many short texts held as UTF-8 end to end in one buffer, each found by its number: two allocations for the whole
/// column instead of one per text, and nothing left scattered among the garbage of loading them. A text is made a
/// `String` again only when it is shown.
struct TextColumn: Sendable {
    private var bytes: [UInt8] = []
    /// Where each text ends in `bytes` (its start is where the one before it ends).
    private var ends: [UInt32] = []

    /// How many texts are held.
    var count: Int { ends.count }

    /// Adds `text` at the end; its number is the count before.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(UInt32(bytes.count))
    }

    /// The text numbered `index`.
    subscript(index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `body` with the UTF-8 of the text numbered `index`.
    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[index])])) }
    }

    /// Whether `needle` occurs in the text numbered `index` (a byte match is a code-point match in UTF-8).
    func contains(_ index: Int, bytes needle: [UInt8]) -> Bool {
        withBytes(index) { Self.occurs(needle, in: $0) }
    }

    /// Whether text `a` sorts before text `b` by code point (UTF-8 byte order is code-point order), nil when equal.
    func precedes(_ a: Int, _ b: Int) -> Bool? {
        withBytes(a) { x in
            withBytes(b) { y in x.elementsEqual(y) ? nil : x.lexicographicallyPrecedes(y) }
        }
    }

    static func occurs(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
