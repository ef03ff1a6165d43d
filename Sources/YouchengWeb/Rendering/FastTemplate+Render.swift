import YouchengCore

extension FastTemplate {
    /// The template rendered with `value` as the only object on the stack, as UTF-8; partials and parents are
    /// looked up in `library`.
    func render(_ value: some FastFields, library: [String: FastTemplate]) -> [UInt8] {
        var renderer = Renderer(library: library, stack: [.object(value)])
        renderer.render(nodes, blocks: [:])
        return renderer.output
    }

    /// The same, as a string.
    func renderText(_ value: some FastFields, library: [String: FastTemplate]) -> String {
        String(decoding: render(value, library: library), as: UTF8.self)
    }

    /// One rendering: the context stack and the text so far.
    private struct Renderer {
        let library: [String: FastTemplate]
        var stack: [FastValue]
        var output: [UInt8] = []

        init(library: [String: FastTemplate], stack: [FastValue]) {
            self.library = library
            self.stack = stack
            output.reserveCapacity(32_768)
        }

        mutating func render(_ nodes: [Node], blocks: [String: [Node]]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    output.append(contentsOf: text.utf8)
                case .variable(let name, let escaped):
                    guard let value = lookUp(name) else { continue }
                    let text = FastTemplate.text(of: value)
                    if escaped {
                        MarkupEscaping.appendHTML(text, to: &output)
                    } else {
                        output.append(contentsOf: text.utf8)
                    }
                case .section(let name, let inner):
                    switch lookUp(name) {
                    case .none:
                        continue
                    case .flag(let flag):
                        if flag { render(inner, blocks: blocks) }
                    case .list(let items):
                        for item in items { render(inner, on: item, blocks: blocks) }
                    case .renderable(let renderable) where renderable.isNull:
                        continue
                    case .some(let value):
                        render(inner, on: value, blocks: blocks)
                    }
                case .inverted(let name, let inner):
                    let shown: Bool =
                        switch lookUp(name) {
                        case .none: true
                        case .flag(let flag): !flag
                        case .list(let items): items.isEmpty
                        case .renderable(let renderable): renderable.isNull
                        case .some: false
                        }
                    if shown { render(inner, blocks: blocks) }
                case .partial(let name):
                    if let template = library[name] { render(template.nodes, blocks: blocks) }
                case .parent(let name, let given):
                    // A block given further out wins over one given here, as in swift-mustache.
                    if let template = library[name] { render(template.nodes, blocks: given.merging(blocks) { $1 }) }
                case .block(let name, let fallback):
                    render(blocks[name] ?? fallback, blocks: blocks)
                }
            }
        }

        private mutating func render(_ nodes: [Node], on value: FastValue, blocks: [String: [Node]]) {
            stack.append(value)
            render(nodes, blocks: blocks)
            stack.removeLast()
        }

        /// The value of `name`: its first part found on the nearest frame that has it, the other parts read from
        /// there, then the transform.
        private func lookUp(_ name: Name) -> FastValue? {
            guard let first = name.parts.first else {
                return stack.last.flatMap { FastTemplate.transformed($0, by: name.transform) }
            }
            var found: FastValue?
            for frame in stack.reversed() {
                if case .object(let object) = frame, let value = object.field(named: first) {
                    found = value
                    break
                }
            }
            for part in name.parts.dropFirst() {
                guard case .object(let object) = found else { return nil }
                found = object.field(named: part)
            }
            return found.flatMap { FastTemplate.transformed($0, by: name.transform) }
        }
    }

    /// As swift-mustache transforms: `empty` of a text or a list, `count` of a list; otherwise nil. No transform
    /// leaves the value as it is.
    private static func transformed(_ value: FastValue, by transform: Transform?) -> FastValue? {
        switch (transform, value) {
        case (nil, _): value
        case (.empty, .text(let text)): .flag(text.isEmpty)
        case (.empty, .list(let items)): .flag(items.isEmpty)
        case (.count, .list(let items)): .number(Int64(items.count))
        default: nil
        }
    }

    /// A variable's text before escaping, as swift-mustache describes the value.
    private static func text(of value: FastValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): String(flag)
        case .renderable(let renderable): renderable.renderText
        case .object, .list: String(describing: value.any)
        }
    }
}
