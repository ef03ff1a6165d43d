import Foundation
import Mustache
import Testing
import YouchengCore

@testable import YouchengWeb

/// `FastTemplate` renders what swift-mustache renders, for every construct our templates use: each case is rendered
/// by both engines and the texts compared (swift-mustache is the reference), and a few are also checked against
/// text worked out by hand.
@Suite struct FastTemplateTests {
    final class Item: FastFields, Sendable {
        let name: String
        let flag: Bool
        let link: String?
        let count: Int

        init(name: String, flag: Bool, link: String?, count: Int) {
            self.name = name
            self.flag = flag
            self.link = link
            self.count = count
        }

        func field(named name: String) -> FastValue? {
            switch name {
            case "name": .text(self.name)
            case "flag": .flag(flag)
            case "link": link.map(FastValue.text)
            case "count": .number(Int64(count))
            default: nil
            }
        }
    }

    struct Model: FastFields, Sendable {
        let title: String
        let items: [Item]
        let first: Item?
        let labels: TextTable
        let options: OptionList

        func field(named name: String) -> FastValue? {
            switch name {
            case "title": .text(title)
            case "items": .list(items.map { .object($0) })
            case "first": first.map { .object($0) }
            case "t": .object(labels)
            case "options": .renderable(options)
            default: nil
            }
        }
    }

    static let model = Model(
        // A quote followed by a combining mark is one Character: it must still be escaped.
        title: "\"\u{301}<b>&'",
        items: [
            Item(name: "南京", flag: true, link: "/partners/1?a=1&b=2", count: 3),
            Item(name: "", flag: false, link: nil, count: 0),
            Item(name: "Kyoto", flag: true, link: "", count: -1),
        ],
        first: nil,
        labels: TextTable(texts: ["edit": "编辑", "none": "无"]),
        options: OptionList([SelectOption(value: "DE", label: "德国", selected: true)]))

    /// `text` rendered by both engines with `partials` (by name) beside it.
    func both(_ text: String, partials: [String: String] = [:]) throws -> (fast: String, mustache: String) {
        var mustacheTemplates = try partials.mapValues { try HTMLScalarContentType.template($0) }
        mustacheTemplates["main"] = try HTMLScalarContentType.template(text)
        let mustache = MustacheLibrary(templates: mustacheTemplates).render(Self.model, withTemplate: "main") ?? "nil"
        var fastTemplates = try partials.mapValues { try FastTemplate($0) }
        let main = try FastTemplate(text)
        fastTemplates["main"] = main
        return (main.renderText(Self.model, library: fastTemplates), mustache)
    }

    @Test(arguments: [
        "{{title}}|{{{title}}}|{{&title}}",
        "{{#items}}{{name}}:{{#flag}}on{{/flag}}{{^flag}}off{{/flag}}:{{count}};{{/items}}",
        "{{#items}}{{#link}}<a href=\"{{.}}\">{{t.edit}} {{title}}</a>{{/link}}{{^link}}{{t.none}}{{/link}}{{/items}}",
        "{{^empty(items)}}n={{count(items)}}{{/empty(items)}}{{#items}}{{^empty(name)}}[{{name}}]{{/empty(name)}}{{/items}}",
        "{{#first}}never{{/first}}{{^first}}no first{{/first}}{{first.name}}{{missing}}{{items.name}}{{t.nothing}}",
        "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n  {{/items}}\n  {{! a comment\n over two lines }}\n</ul>\n",
        "{{#items}}\n{{#flag}}\n  yes {{name}}\n{{/flag}}\n{{/items}}\n",
        "  {{#items}}  x  {{/items}}  \n{{^items}}\r\nnone\r\n{{/items}}\r\nend",
        "<select>{{{options}}}</select>{{options}}{{#options}}[shown]{{/options}}",
    ])
    func rendersAsSwiftMustacheDoes(_ text: String) throws {
        let result = try both(text)
        #expect(result.fast == result.mustache)
    }

    @Test func aHandWorkedCaseReadsAsExpected() throws {
        let result = try both("{{#items}}{{name}}{{^flag}}-{{/flag}}|{{/items}}{{title}}")
        #expect(result.fast == "南京|-|Kyoto|&quot;\u{301}&lt;b&gt;&amp;&#39;")
        #expect(result.fast == result.mustache)
    }

    @Test func partialsAndAParentWithBlocksRenderAsSwiftMustacheDoes() throws {
        let partials = [
            "frame":
                "<main>\n{{$body}}default body{{/body}}\n</main>\n<footer>{{$foot}}default foot{{/foot}}</footer>\n",
            "row": "<li>{{name}}</li>\n",
        ]
        let page = "{{<frame}}\n{{$body}}\n{{#items}}\n{{> row}}\n{{/items}}\n{{/body}}\n{{/frame}}\n"
        let result = try both(page, partials: partials)
        #expect(
            result.fast == "<main>\n<li>南京</li>\n<li></li>\n<li>Kyoto</li>\n\n</main>\n<footer>default foot</footer>\n")
        #expect(result.fast == result.mustache)
    }

    @Test(arguments: [
        ("a\n{{#items}}\nb", 2, "never closed"),
        ("{{#items}}{{/first}}", 1, "closes"),
        ("x\ny\n  {{> row}}\n", 3, "indented"),
        ("{{=<% %>=}}", 1, "not supported"),
        ("{{#items}}{{reversed(name)}}{{/items}}", 1, "reversed"),
        ("\n{{name", 2, "never closed"),
    ])
    func whatItCannotRenderIsRefusedNamingTheLine(text: String, line: Int, problem: String) {
        #expect {
            try FastTemplate(text)
        } throws: { error in
            guard let error = error as? FastTemplateError else { return false }
            return error.line == line && error.problem.contains(problem)
        }
    }

    @Test func theBusiestPagesAreRenderedFast() throws {
        let renderer = try PageRenderer(resources: WebResources.directory, isDemo: { false })
        for name in ["layout", "partnerships", "filter-form", "overview"] {
            #expect(renderer.fastLibrary[name] != nil, "\(name) parses as a FastTemplate")
        }
    }
}
