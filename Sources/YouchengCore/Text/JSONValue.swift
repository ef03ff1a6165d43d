/// A JSON value whose objects keep their keys in the order given, for output people read (Foundation's encoder
/// on Linux does not keep key order).
public indirect enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
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
        var out = ""
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    /// The same value with every object's members in key order (by code point), as `JSONEncoder` with `.sortedKeys`
    /// orders them, so a value written by hand reads like one the encoder wrote.
    public var keysSorted: JSONValue {
        switch self {
        case .null, .bool, .int, .string: self
        case .array(let items): .array(items.map(\.keysSorted))
        case .object(let members):
            .object(
                members.map { ($0.0, $0.1.keysSorted) }.sorted {
                    $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars)
                })
        }
    }

    private func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .string(let s): JSONString.append(s, to: &out)
        case .array(let items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &out, pretty: pretty, indent: indent)
        case .object(let members):
            writeContainer(
                members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out, pretty: pretty, indent: indent)
        }
    }

    private func writeContainer(
        _ members: [(String?, JSONValue)], open: String, close: String, to out: inout String, pretty: Bool, indent: Int
    ) {
        out += open
        guard !members.isEmpty else { return out += close }
        let pad = pretty ? String(repeating: " ", count: (indent + 1) * 2) : ""
        for (i, (key, value)) in members.enumerated() {
            out += (i == 0 ? "" : ",") + (pretty ? "\n" + pad : "")
            if let key {
                JSONString.append(key, to: &out)
                out += pretty ? ": " : ":"
            }
            value.write(to: &out, pretty: pretty, indent: indent + 1)
        }
        out += (pretty ? "\n" + String(repeating: " ", count: indent * 2) : "") + close
    }
}
