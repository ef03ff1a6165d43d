import Foundation
import Mustache
import YouchengCore

/// The exchange filter's partner choices (every registered partner, by name in the page's language, its country
/// beside), rendered once per language for as long as the registry's partners stay the same: a registry of 30,000
/// partnerships has thousands of partners, and sorting and rendering them on every request was most of the list's
/// time. Held by the list page for the server's life.
// Why `@unchecked Sendable` is safe: its one mutable dictionary is read and written only under `lock`.
final class PartnerChoices: @unchecked Sendable {  // see the comment above
    private let lock = NSLock()
    /// By language: the partners the options were rendered from, and the options.
    private var rendered: [Language: (partners: [Partner], html: String)] = [:]

    /// The `<option>`s of `partners`, the one of `selected` marked so: `render` (the options with none selected) runs
    /// only when `partners` differ from those last rendered in `language`. The registry's read model hands out the
    /// same array until the registry changes, so telling that it is unchanged costs one comparison.
    func html(partners: [Partner], selected: Int64?, language: Language, render: () throws -> String) rethrows
        -> String
    {
        let known = lock.withLock { rendered[language] }
        var html: String
        if let known, known.partners == partners {
            html = known.html
        } else {
            html = try render()
            lock.withLock { [html] in rendered[language] = (partners, html) }
        }
        // Each value is a partner id in quotes, so the one option that opens so is the selected partner's.
        if let selected, let range = html.utf8.firstRange(of: "<option value=\"\(selected)\">".utf8) {
            html.replaceSubrange(range, with: "<option value=\"\(selected)\" selected>")
        }
        return html
    }
}

/// What `select-options.mustache` renders: a select's options.
struct SelectOptionsModel: Sendable, MustacheParent {
    let options: [SelectOption]

    func child(named name: String) -> Any? { name == "options" ? options : nil }
}
