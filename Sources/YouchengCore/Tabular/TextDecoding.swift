import Foundation

/// Turns the bytes of an uploaded text file into a `String`, finding its encoding.
public enum TextDecoding {
    /// The GB 18030 encoding (`kCFStringEncodingGB_18030_2000`), which Foundation has no named constant for.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// How many leading bytes are searched for a NUL byte, the mark of a binary file.
    static let binarySniffLength = 8 * 1024

    /// Decodes `data`, trying in order: a byte-order mark (UTF-8, UTF-16 LE/BE), strict UTF-8, then GB 18030.
    ///
    /// The byte-order mark is not part of the returned text.
    /// - Throws: `TabularError.empty` for no bytes (or only a byte-order mark);
    ///   `TabularError.binary` when a NUL byte appears in the first 8 KiB of a non-UTF-16 file,
    ///   or no encoding decodes the bytes.
    public static func decode(_ data: Data) throws(TabularError) -> (text: String, encoding: DetectedEncoding) {
        guard !data.isEmpty else { throw .empty }
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try decodeRest(data, after: 2, as: .utf16LittleEndian, unitSize: 2), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try decodeRest(data, after: 2, as: .utf16BigEndian, unitSize: 2), .utf16BE)
        }
        guard !hasNUL(data) else { throw .binary }
        if bytes == [0xEF, 0xBB, 0xBF] {
            return (try decodeRest(data, after: 3, as: .utf8, unitSize: 1), .utf8BOM)
        }
        // On both Darwin and Linux `String(data:encoding: .utf8)` rejects invalid UTF-8 (returns nil).
        if let text = String(data: data, encoding: .utf8) {
            return (text, .utf8)
        }
        if let text = String(data: data, encoding: gb18030) {
            return (text, .gb18030)
        }
        throw .binary
    }

    /// Decodes the bytes after a byte-order mark of `markLength` bytes.
    private static func decodeRest(
        _ data: Data, after markLength: Int, as encoding: String.Encoding, unitSize: Int
    ) throws(TabularError) -> String {
        let rest = data.dropFirst(markLength)
        guard !rest.isEmpty else { throw .empty }
        // Foundation silently drops a dangling odd byte of UTF-16; treat it as damage instead.
        guard rest.count % unitSize == 0, let text = String(data: Data(rest), encoding: encoding) else {
            throw .binary
        }
        return text
    }

    /// Whether a NUL byte appears among the first `binarySniffLength` bytes.
    private static func hasNUL(_ data: Data) -> Bool {
        data.prefix(binarySniffLength).contains(0)
    }
}
