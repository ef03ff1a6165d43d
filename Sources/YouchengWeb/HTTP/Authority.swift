/// The host and port of a `Host` header or of an origin (RFC 3986 authority, without user information).
struct Authority: Sendable, Equatable {
    /// The host, lower-cased, without a trailing dot; an IPv6 address keeps its brackets (`[::1]`).
    let host: String
    /// The port, when one is written.
    let port: Int?

    /// Reads `example.org`, `127.0.0.1:8080`, `[::1]:8080`; nil for anything else (user information, a path,
    /// characters a host name cannot hold, a port out of range).
    init?(parsing text: some StringProtocol) {
        var rest = Substring(text)
        let host: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = rest[...close]
            rest = rest[rest.index(after: close)...]
            guard host.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else {
                return nil
            }
        } else {
            let colon = rest.firstIndex(of: ":") ?? rest.endIndex
            host = rest[..<colon]
            rest = rest[colon...]
            let allowed = { (c: Character) in
                c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "." || c == "_")
            }
            guard host.allSatisfy(allowed) else { return nil }
        }
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard !name.isEmpty, name != "[]" else { return nil }
        if rest.isEmpty || rest == ":" {
            port = nil
        } else {
            guard rest.first == ":", let number = Int(rest.dropFirst()), (0...65_535).contains(number),
                rest.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            port = number
        }
        self.host = name
    }

    /// The address a server binds (`127.0.0.1`, `::1`, `localhost`) as an authority; IPv6 gets its brackets.
    init?(bindAddress: String) {
        let bracketed = bindAddress.contains(":") && !bindAddress.hasPrefix("[") ? "[\(bindAddress)]" : bindAddress
        self.init(parsing: bracketed)
    }

    /// Whether the host always names this machine: `localhost`, `127.x.y.z` or `[::1]`. A page on another site can
    /// never make a browser send these for its own address, so they are safe from DNS rebinding.
    var isLoopback: Bool {
        if host == "localhost" || host == "[::1]" || host == "[0:0:0:0:0:0:0:1]" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}

/// A web origin: scheme, host and port (the port filled in from the scheme when not written).
struct WebOrigin: Sendable, Equatable {
    let scheme: String
    let host: String
    let port: Int

    /// The origin of `authority` reached over `scheme` (`http` or `https`).
    init?(scheme: String, authority: Authority) {
        let scheme = scheme.lowercased()
        guard let defaultPort = Self.defaultPorts[scheme] else { return nil }
        self.scheme = scheme
        host = authority.host
        port = authority.port ?? defaultPort
    }

    /// Reads an `Origin` header (`http://127.0.0.1:8080`); nil for `null`, other schemes and anything with a path.
    init?(parsing text: String) {
        guard let separator = text.range(of: "://"), let authority = Authority(parsing: text[separator.upperBound...])
        else { return nil }
        self.init(scheme: String(text[..<separator.lowerBound]), authority: authority)
    }

    private static let defaultPorts = ["http": 80, "https": 443]
}
