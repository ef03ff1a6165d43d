import Mustache

/// A page template parsed once more, for the busiest pages, and rendered without swift-mustache's per-value work.
///
/// swift-mustache looks up every `{{name}}` by splitting it at dots and climbing the context stack, casting each
/// object it meets to its protocols; the partnership list spent most of its time there. `FastTemplate` renders the
/// same files with the same meaning for the part of Mustache our templates use: variables (`{{a.b}}`, `{{{a}}}`,
/// `{{&a}}`, `{{.}}`), sections and inverted sections, the `empty` and `count` transforms, comments, partials
/// (`{{> name}}`) that are not indented, a parent with blocks (`{{<layout}}{{$main}}…{{/main}}{{/layout}}`), and
/// standalone tag lines left out. It reads only `FastFields`, whose fields come typed (`FastValue`), so
/// nothing is cast. `{{x}}` is escaped per Unicode scalar (`MarkupEscaping.html`), as every page template is.
/// `PageRenderer` uses it for a page whose view model is `FastFields`; `FastTemplateTests` and the web tests
/// (which render every such page with both engines) expect the same text as swift-mustache's.
struct FastTemplate: Sendable {
    /// A parsed piece of the template.
    indirect enum Node: Sendable {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Node])
        case inverted(Name, [Node])
        /// `{{> name}}`: another template, rendered in place with the same context.
        case partial(String)
        /// `{{< name}}…{{/name}}`: the named template, with the blocks defined here in place of its own.
        case parent(String, blocks: [String: [Node]])
        /// `{{$ name}}…{{/name}}`: the block a child template gives, or else this default.
        case block(String, [Node])
    }

    /// A looked-up name: its dotted parts, and the transform around it (`empty(rows)`).
    struct Name: Sendable, Equatable {
        /// The parts between dots; empty for `.`, the current object.
        let parts: [String]
        let transform: Transform?
    }

    /// The transforms our templates use, as swift-mustache defines them for strings and arrays.
    enum Transform: String, Sendable {
        case empty, count
    }

    /// The template's nodes, in order.
    let nodes: [Node]

    /// Parses `text`; a tag this renderer does not understand (indented partials and blocks, dynamic names,
    /// other delimiters, pragmas, other transforms) or an unclosed section is an error naming the line.
    init(_ text: String) throws(FastTemplateError) {
        nodes = try FastTemplateParser(text).parse()
    }
}

/// Why a template cannot be parsed by `FastTemplate`: the line and what is wrong there.
struct FastTemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    let line: Int
    let problem: String

    var description: String { "fast template, line \(line): \(problem)" }
}
