/// The text encoding `TextDecoding` found in a file.
public enum DetectedEncoding: String, Equatable, Hashable, Sendable {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 starting with the byte-order mark EF BB BF (as Excel writes "CSV UTF-8").
    case utf8BOM
    /// GB 18030 (a superset of GBK and GB 2312), as Excel on Chinese Windows writes CSV.
    case gb18030
    /// UTF-16 little-endian, recognised only by its byte-order mark FF FE.
    case utf16LE
    /// UTF-16 big-endian, recognised only by its byte-order mark FE FF.
    case utf16BE
}
