import Mustache
import YouchengCore

/// The content type of every template: `{{x}}` escaped per Unicode scalar by `MarkupEscaping.html`.
///
/// swift-mustache's own HTML type compares `Character`s, so a quote followed by a combining mark (one `Character`)
/// passes unescaped and ends an attribute. `PageRenderer` registers this type and starts each template with
/// `pragma`, so no template can fall back to the library's default.
struct HTMLScalarContentType: MustacheContentType {
    /// The name templates select it by.
    static let name = "YOUCHENG_HTML"
    /// The line put before each template's text: selects this type, and as a standalone tag leaves no output.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String {
        MarkupEscaping.html(text)
    }

    /// Makes the type known to the template parser (the library keeps one table for the process; registering
    /// again replaces the entry with an equal one).
    static func register() {
        MustacheContentTypes.register(HTMLScalarContentType(), named: name)
    }

    /// `text` of a template file, made to render with this content type. The pragma is a line of its own (a standalone
    /// tag, so the output is unchanged); a parse error's line number therefore counts one more than the file's.
    static func template(_ text: String) throws -> MustacheTemplate {
        register()
        return try MustacheTemplate(string: pragma + text)
    }
}
