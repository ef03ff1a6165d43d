/// A JSON value whose objects keep their keys in the order given, for output people read (Foundation's encoder
/// on Linux does not keep key order).
public indirect enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number with a fraction, written with at most two decimals (an indicator's share).
    case decimal(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, members in order.
    case object([(String, JSONValue)])

    /// Two values are equal when they serialize alike.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
    }

    /// The JSON text; `pretty` puts each member on its own line, indented by two spaces.
    public func serialized(pretty: Bool = true) -> String {
        String(decoding: bytes(pretty: pretty), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes; `sortingKeys` writes every object's members in key order (by code point), as
    /// `JSONEncoder` with `.sortedKeys` orders them, so a value written by hand reads like one the encoder wrote.
    public func bytes(pretty: Bool = false, sortingKeys: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(to: &out, pretty: pretty, sortingKeys: sortingKeys, indent: 0)
        return out
    }

    /// `members` in key order; UTF-8 bytes sort as their code points do. Most hand-written objects come sorted
    /// already, and then nothing is moved.
    private static func inKeyOrder(_ members: [(String, JSONValue)]) -> [(String, JSONValue)] {
        func precedes(_ a: (String, JSONValue), _ b: (String, JSONValue)) -> Bool {
            a.0.utf8.lexicographicallyPrecedes(b.0.utf8)
        }
        let sorted = zip(members, members.dropFirst()).allSatisfy { !precedes($0.1, $0.0) }
        return sorted ? members : members.sorted(by: precedes)
    }

    private func write(to out: inout [UInt8], pretty: Bool, sortingKeys: Bool, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .decimal(let d): out.append(contentsOf: IndicatorNumber.text(d).utf8)
        case .string(let s): JSONString.append(s, to: &out)
        case .array(let items):
            Self.writeContainer(
                items.lazy.map { (nil, $0) }, brackets: (UInt8(ascii: "["), UInt8(ascii: "]")), to: &out,
                pretty: pretty, sortingKeys: sortingKeys, indent: indent)
        case .object(let members):
            Self.writeContainer(
                (sortingKeys ? Self.inKeyOrder(members) : members).lazy.map { ($0.0, $0.1) },
                brackets: (UInt8(ascii: "{"), UInt8(ascii: "}")), to: &out, pretty: pretty, sortingKeys: sortingKeys,
                indent: indent)
        }
    }

    private static func writeContainer(
        _ members: some Collection<(String?, JSONValue)>, brackets: (open: UInt8, close: UInt8),
        to out: inout [UInt8], pretty: Bool, sortingKeys: Bool, indent: Int
    ) {
        out.append(brackets.open)
        guard !members.isEmpty else { return out.append(brackets.close) }
        for (i, (key, value)) in members.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            if pretty { newline(indent + 1, to: &out) }
            if let key {
                JSONString.append(key, to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
            }
            value.write(to: &out, pretty: pretty, sortingKeys: sortingKeys, indent: indent + 1)
        }
        if pretty { newline(indent, to: &out) }
        out.append(brackets.close)
    }

    private static func newline(_ indent: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }
}
