import Foundation

/// Finding a byte sequence in a large buffer (a 50 MB upload) without copying it.
enum ByteSearch {
    /// The index of the first occurrence of `needle` in `haystack` at or after `start`.
    static func first(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= 0, haystack.count - start >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                guard let base = hay.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                var index = start
                let last = hay.count - pattern.count
                while index <= last {
                    // memchr jumps to the next candidate first byte far faster than a Swift loop in debug builds.
                    guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
                    let candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + candidate, patternBase, pattern.count) == 0 { return candidate }
                    index = candidate + 1
                }
                return nil
            }
        }
    }
}
