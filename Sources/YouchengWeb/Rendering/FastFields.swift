import Mustache

/// A value a `FastTemplate` reads: typed, so that rendering casts nothing.
enum FastValue {
    case text(String)
    case number(Int64)
    case flag(Bool)
    case object(any FastFields)
    case list([FastValue])
    /// A value that writes itself (`OptionList`): its text, escaped by `{{x}}` and not by `{{{x}}}`.
    case renderable(any MustacheCustomRenderable)

    /// The value as swift-mustache is given it, through `child(named:)`.
    var any: Any {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .object(let object): object
        case .list(let list): list.map(\.any)
        case .renderable(let renderable): renderable
        }
    }
}

/// A type whose fields a `FastTemplate` reads by name, each typed as a `FastValue`. Its `child(named:)` for
/// swift-mustache comes from the same table, so the two engines see one set of fields.
protocol FastFields: MustacheParent {
    /// The field called `name`, or nil when there is none or it is absent (an optional that is nil).
    func field(named name: String) -> FastValue?
}

extension FastFields {
    func child(named name: String) -> Any? {
        field(named: name)?.any
    }
}

/// A table of texts by name, such as a page's labels (`{{t.key}}`) or a form's errors by field.
struct TextTable: FastFields, Sendable {
    let texts: [String: String]

    func field(named name: String) -> FastValue? {
        texts[name].map(FastValue.text)
    }
}
