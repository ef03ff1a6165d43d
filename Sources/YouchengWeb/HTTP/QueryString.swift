import YouchengCore

/// Name–value pairs of a URL query or an `application/x-www-form-urlencoded` body, in order, names repeatable.
///
/// Parsing validates UTF-8 after percent-decoding, so bytes that are not text are refused with a 400
/// instead of turning into replacement characters further down.
struct QueryString: Sendable, Equatable {
    /// The pairs in the order they were written.
    var pairs: [(String, String)]

    init(_ pairs: [(String, String)] = []) { self.pairs = pairs }

    static func == (lhs: QueryString, rhs: QueryString) -> Bool {
        lhs.pairs.map(\.0) == rhs.pairs.map(\.0) && lhs.pairs.map(\.1) == rhs.pairs.map(\.1)
    }

    /// The first value of `name`, if any.
    subscript(name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    /// Every value of `name`.
    func values(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    /// The pairs without those named in `names`.
    func removing(_ names: Set<String>) -> QueryString { QueryString(pairs.filter { !names.contains($0.0) }) }

    /// The pairs with `name` set to `value` (replacing earlier values, appended at the end).
    func setting(_ name: String, _ value: String) -> QueryString {
        var copy = removing([name])
        copy.pairs.append((name, value))
        return copy
    }

    /// As a dictionary of first values (for form fields).
    var fields: [String: String] {
        var out: [String: String] = [:]
        for (name, value) in pairs where out[name] == nil { out[name] = value }
        return out
    }

    /// The encoded form, without a leading `?`; empty when there are no pairs.
    var encoded: String {
        pairs.map { Self.escape($0.0) + "=" + Self.escape($0.1) }.joined(separator: "&")
    }
}

extension QueryString {
    /// Parses `a=1&b=x+y&c=%E5%8D%97`; `+` is a space. Throws when a name or value is not UTF-8 once decoded.
    init(parsing text: some StringProtocol) throws(WebError) {
        try self.init(bytes: Array(text.utf8))
    }

    /// Parses the bytes of a query or form body.
    init(bytes: [UInt8]) throws(WebError) {
        var pairs: [(String, String)] = []
        for piece in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = piece.firstIndex(of: UInt8(ascii: "="))
            let name = try Self.decode(piece[piece.startIndex..<(equals ?? piece.endIndex)])
            let value = try equals.map { i throws(WebError) in try Self.decode(piece[(i + 1)...]) } ?? ""
            if !name.isEmpty { pairs.append((name, value)) }
        }
        self.init(pairs)
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) throws(WebError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), let high = hexValue(bytes, i + 1), let low = hexValue(bytes, i + 2) {
                out.append(high << 4 | low)
                i += 2
            } else {
                out.append(byte)
            }
            i += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else {
            throw WebError.badRequest(
                Bilingual(zh: "请求中含有不是 UTF-8 文本的字节", en: "the request contains bytes that are not UTF-8 text"),
                field: nil)
        }
        return text
    }

    private static func hexValue(_ bytes: ArraySlice<UInt8>, _ index: Int) -> UInt8? {
        guard index < bytes.endIndex else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return bytes[index] - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return bytes[index] - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return bytes[index] - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986), so links survive any value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
