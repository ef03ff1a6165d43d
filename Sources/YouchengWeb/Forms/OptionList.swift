import Mustache
import YouchengCore

/// A select's options, written out as HTML in one pass, for a template to place with `{{{countries}}}`.
///
/// Mustache renders a section per option and looks up each of its three fields through several casts: the list
/// page's filter form has about 280 options, and rendering them one by one took about half of the page. Values and
/// labels are escaped per Unicode scalar as every `{{x}}` is (`MarkupEscaping.html`).
struct OptionList: Sendable, MustacheCustomRenderable {
    let options: [SelectOption]

    init(_ options: [SelectOption]) {
        self.options = options
    }

    /// Never empty as a section: `{{#countries}}` shows its block even with no options.
    var isNull: Bool { false }

    /// `<option value="…" selected>…</option>` per option, one a line.
    var renderText: String {
        var html = ""
        html.reserveCapacity(options.count * 48)
        for (index, option) in options.enumerated() {
            if index > 0 { html += "\n" }
            html += "<option value=\""
            html += MarkupEscaping.html(option.value)
            html += option.selected ? "\" selected>" : "\">"
            html += MarkupEscaping.html(option.label)
            html += "</option>"
        }
        return html
    }
}
