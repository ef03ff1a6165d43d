/// Turns a template's text into `FastTemplate.Node`s, with Mustache's rule for standalone lines: a line holding only
/// a section, inverted section, closing, comment, partial, parent or block tag (and spaces or tabs) is left out whole.
struct FastTemplateParser {
    private enum Token {
        case text(String)
        /// `sigil` is the character after `{{` that says what the tag is (`#`, `^`, `/`, `!`, `&`, `{`), or nil for
        /// a plain variable.
        case tag(sigil: Character?, content: String, line: Int)
    }

    private let text: String

    init(_ text: String) {
        self.text = text
    }

    /// The template's nodes.
    func parse() throws(FastTemplateError) -> [FastTemplate.Node] {
        let tokens = try Self.standalonesRemoved(try tokenize())
        var open: [Open] = []
        var nodes: [FastTemplate.Node] = []
        for token in tokens {
            switch token {
            case .text(let text):
                if !text.isEmpty { nodes.append(.text(text)) }
            case .tag(let sigil, let content, let line):
                switch sigil {
                case "!":
                    continue
                case "#", "^", "<", "$":
                    let name = sigil == "#" || sigil == "^" ? try Self.name(content, line: line) : nil
                    open.append(Open(sigil: sigil ?? "#", raw: content, name: name, line: line, outer: nodes))
                    nodes = []
                case "/":
                    guard let section = open.popLast() else {
                        throw FastTemplateError(line: line, problem: "closing {{/\(content)}} with no open section")
                    }
                    guard section.raw == content else {
                        throw FastTemplateError(
                            line: line,
                            problem: "{{/\(content)}} closes {{\(section.sigil)\(section.raw)}} of line \(section.line)"
                        )
                    }
                    let inner = nodes
                    nodes = section.outer
                    nodes.append(section.node(inner))
                case ">":
                    nodes.append(.partial(content))
                case nil, "&", "{":
                    nodes.append(.variable(try Self.name(content, line: line), escaped: sigil == nil))
                default:
                    throw FastTemplateError(
                        line: line, problem: "the tag {{\(sigil.map(String.init) ?? "")…}} is not supported")
                }
            }
        }
        if let section = open.last {
            throw FastTemplateError(line: section.line, problem: "{{\(section.sigil)\(section.raw)}} is never closed")
        }
        return nodes
    }

    /// A section, parent or block whose closing tag is still to come, with the nodes before it.
    private struct Open {
        let sigil: Character
        let raw: String
        let name: FastTemplate.Name?
        let line: Int
        let outer: [FastTemplate.Node]

        func node(_ inner: [FastTemplate.Node]) -> FastTemplate.Node {
            switch sigil {
            case "<":
                var blocks: [String: [FastTemplate.Node]] = [:]
                for case .block(let name, let nodes) in inner { blocks[name] = nodes }
                return .parent(raw, blocks: blocks)
            case "$": return .block(raw, inner)
            case "^": return .inverted(name ?? FastTemplate.Name(parts: [], transform: nil), inner)
            default: return .section(name ?? FastTemplate.Name(parts: [], transform: nil), inner)
            }
        }
    }

    private func tokenize() throws(FastTemplateError) -> [Token] {
        var tokens: [Token] = []
        var rest = text[...]
        var line = 1
        while let start = rest.firstRange(of: "{{") {
            let before = rest[..<start.lowerBound]
            tokens.append(.text(String(before)))
            line += before.utf8.count(where: { $0 == UInt8(ascii: "\n") })
            var body = rest[start.upperBound...]
            let sigil: Character? = body.first.flatMap { "#^/!&{<>$=%".contains($0) ? $0 : nil }
            if sigil != nil { body = body.dropFirst() }
            let closing = sigil == "{" ? "}}}" : "}}"
            guard let end = body.firstRange(of: closing) else {
                throw FastTemplateError(line: line, problem: "a tag opened with {{ is never closed")
            }
            let content = String(body[..<end.lowerBound]).trimmedWhitespace
            if sigil == "!" { line += content.utf8.count(where: { $0 == UInt8(ascii: "\n") }) }
            tokens.append(.tag(sigil: sigil, content: content, line: line))
            rest = body[end.upperBound...]
        }
        tokens.append(.text(String(rest)))
        return tokens
    }

    private static func name(_ content: String, line: Int) throws(FastTemplateError) -> FastTemplate.Name {
        var inner = content
        var transform: FastTemplate.Transform?
        if let open = content.firstIndex(of: "("), content.hasSuffix(")") {
            let function = String(content[..<open])
            guard let known = FastTemplate.Transform(rawValue: function) else {
                throw FastTemplateError(line: line, problem: "the transform \(function)() is not supported")
            }
            transform = known
            inner =
                String(content[content.index(after: open)..<content.index(before: content.endIndex)]).trimmedWhitespace
        }
        if inner == "." { return FastTemplate.Name(parts: [], transform: transform) }
        let parts = inner.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else {
            throw FastTemplateError(line: line, problem: "“\(content)” is not a name")
        }
        return FastTemplate.Name(parts: parts, transform: transform)
    }

    /// The tokens with standalone tag lines taken out: for such a tag, the spaces before it on its line and the
    /// line's end after it. Which tags stand alone is decided on the tokens as written, then all cuts are made.
    private static func standalonesRemoved(_ tokens: [Token]) throws(FastTemplateError) -> [Token] {
        var keepFrom = [Int](repeating: 0, count: tokens.count)
        var keepUpTo: [Int] = tokens.map { if case .text(let text) = $0 { text.utf8.count } else { 0 } }
        for index in tokens.indices {
            guard case .tag(let sigil?, _, let line) = tokens[index], "#^/!<>$".contains(sigil),
                case .text(let before) = tokens[index - 1], case .text(let after) = tokens[index + 1],
                let lineStart = lineStart(before, atTemplateStart: index == 1),
                let lineEnd = lineEnd(after, atTemplateEnd: index + 1 == tokens.count - 1)
            else { continue }
            // swift-mustache indents every line of an indented partial or block in its own way; not followed here.
            if "<>$".contains(sigil) && lineStart < before.utf8.count {
                throw FastTemplateError(line: line, problem: "an indented {{\(sigil)…}} is not supported")
            }
            keepUpTo[index - 1] = min(keepUpTo[index - 1], lineStart)
            keepFrom[index + 1] = max(keepFrom[index + 1], lineEnd)
        }
        return tokens.indices.map { index in
            guard case .text(let text) = tokens[index] else { return tokens[index] }
            let bytes = Array(text.utf8)
            let from = min(keepFrom[index], keepUpTo[index])
            return .text(String(decoding: bytes[from..<keepUpTo[index]], as: UTF8.self))
        }
    }

    /// Where the line containing the end of `text` starts (in UTF-8 bytes), if nothing but spaces and tabs lies
    /// between that start and the end.
    private static func lineStart(_ text: String, atTemplateStart: Bool) -> Int? {
        let bytes = Array(text.utf8)
        var start = bytes.count
        while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") {
            start -= 1
        }
        if start == 0 { return atTemplateStart ? 0 : nil }
        return bytes[start - 1] == UInt8(ascii: "\n") ? start : nil
    }

    /// Where `text` continues after the end of the line it begins on (in UTF-8 bytes), if that line holds nothing
    /// but spaces and tabs.
    private static func lineEnd(_ text: String, atTemplateEnd: Bool) -> Int? {
        let bytes = Array(text.utf8)
        var end = 0
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if end == bytes.count { return atTemplateEnd ? end : nil }
        if bytes[end] == UInt8(ascii: "\n") { return end + 1 }
        if bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\n") {
            return end + 2
        }
        return nil
    }
}
