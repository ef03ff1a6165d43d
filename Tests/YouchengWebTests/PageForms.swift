import Foundation

@testable import YouchengWeb

/// A form read from a page's HTML as a browser would submit it: method, action and the fields with their values.
struct PageForm: Sendable {
    let method: String
    let action: String
    /// Name–value pairs in page order (checked boxes and selected options only, as a browser sends them).
    let fields: [(String, String)]

    /// Every form of `html`.
    static func all(in html: String) -> [PageForm] {
        html.components(separatedBy: "<form").dropFirst().compactMap { chunk in
            guard let end = chunk.range(of: "</form>") else { return nil }
            let body = String(chunk[..<end.lowerBound])
            let head = String(body.prefix { $0 != ">" })
            let attributes = HTMLScan.attributes(head)
            return PageForm(
                method: (attributes["method"] ?? "get").lowercased(), action: attributes["action"] ?? "",
                fields: fields(body))
        }
    }

    private static func fields(_ body: String) -> [(String, String)] {
        var out: [(String, String)] = []
        for tag in HTMLScan.tags("input", in: body) {
            let a = HTMLScan.attributes(tag)
            guard let name = a["name"], a["type"] != "file" else { continue }
            if a["type"] == "checkbox" || a["type"] == "radio" {
                if HTMLScan.hasFlag("checked", tag) { out.append((name, a["value"] ?? "on")) }
            } else {
                out.append((name, a["value"] ?? ""))
            }
        }
        for (tag, inner) in HTMLScan.elements("select", in: body) {
            guard let name = HTMLScan.attributes(tag)["name"] else { continue }
            let options = HTMLScan.tags("option", in: inner)
            let chosen = options.first { HTMLScan.hasFlag("selected", $0) } ?? options.first
            out.append((name, chosen.flatMap { HTMLScan.attributes($0)["value"] } ?? ""))
        }
        for (tag, inner) in HTMLScan.elements("textarea", in: body) {
            guard let name = HTMLScan.attributes(tag)["name"] else { continue }
            out.append((name, HTMLScan.unescape(inner)))
        }
        return out
    }
}

/// Just enough HTML reading for the tests: tags, double-quoted attributes, the five character references.
enum HTMLScan {
    /// The opening tags named `name` (`<input …>`), attributes included.
    static func tags(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: "<\(name) ").dropFirst().map { "<\(name) " + $0.prefix { $0 != ">" } }
    }

    /// The elements named `name`: opening tag and inner text.
    static func elements(_ name: String, in html: String) -> [(String, String)] {
        html.components(separatedBy: "<\(name) ").dropFirst().compactMap { chunk in
            guard let close = chunk.range(of: "</\(name)>") else { return nil }
            let element = chunk[..<close.lowerBound]
            let head = element.prefix { $0 != ">" }
            return ("<\(name) " + head, String(element.dropFirst(head.count + 1)))
        }
    }

    /// The double-quoted attributes of a tag, values unescaped.
    static func attributes(_ tag: String) -> [String: String] {
        var out: [String: String] = [:]
        let parts = tag.components(separatedBy: "\"")
        var index = 0
        while index + 1 < parts.count {
            let name = parts[index].split(whereSeparator: { $0 == " " || $0 == "\n" }).last ?? ""
            if name.hasSuffix("=") { out[String(name.dropLast()).lowercased()] = unescape(parts[index + 1]) }
            index += 2
        }
        return out
    }

    /// Whether a tag carries the boolean attribute `flag`.
    static func hasFlag(_ flag: String, _ tag: String) -> Bool {
        let outside = tag.components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        return outside.contains { $0.split(whereSeparator: { $0 == " " || $0 == ">" }).contains { $0 == flag } }
    }

    /// The links (`href`) of a page that stay on the site.
    static func links(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { unescape(String($0.prefix { $0 != "\"" })) }
            .filter { $0.hasPrefix("/") && !$0.hasPrefix("//") }
    }

    /// Text with the character references the templates write turned back into characters; scalar by scalar, since a
    /// reference followed by a combining mark ends inside one `Character`.
    static func unescape(_ text: String) -> String {
        let references: [String: String] = ["lt": "<", "gt": ">", "quot": "\"", "#39": "'", "amp": "&"]
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first {
            if first == "&", let semicolon = scalars.prefix(6).firstIndex(of: ";"),
                let replacement = references[String(scalars[scalars.index(after: scalars.startIndex)..<semicolon])]
            {
                out.append(contentsOf: replacement.unicodeScalars)
                scalars = scalars[scalars.index(after: semicolon)...]
            } else {
                out.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
    }

    /// The path and the query names of a link.
    static func split(_ link: String) -> (path: String, names: [String]) {
        let noFragment = link.prefix { $0 != "#" }
        let path = String(noFragment.prefix { $0 != "?" })
        let query = noFragment.dropFirst(path.count + 1)
        let names = (try? QueryString(parsing: String(query)))?.pairs.map(\.0) ?? []
        return (path, names)
    }
}
