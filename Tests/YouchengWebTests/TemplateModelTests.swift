import Mustache
import Testing

@testable import YouchengWeb

/// A template model reads as Mustache reads a plain value: its stored fields, an optional's value or nothing, a name
/// it lacks found further down the stack.
@Suite struct TemplateModelTests {
    struct Inner: TemplateModel {
        var e: String
    }
    struct Fast: TemplateModel {
        var a: String
        var b: Bool
        var c: Int?
        var d: Inner?
        var items: [Inner]
        var none: String?
    }
    struct Outer: TemplateModel {
        var label: String
        var fast: Fast
    }

    @Test func fieldsOptionalsSectionsAndTheStackReadAsMustacheReadsThem() throws {
        let template = try MustacheTemplate(
            string:
                "{{#fast}}{{a}}|{{#b}}B{{/b}}|{{c}}|{{^none}}no{{/none}}|{{d.e}}|{{#items}}{{e}}{{label}};{{/items}}|{{missing}}{{/fast}}"
        )
        let model = Outer(
            label: "L",
            fast: Fast(a: "x<", b: true, c: 7, d: Inner(e: "deep"), items: [Inner(e: "1"), Inner(e: "2")], none: nil))
        // `label` is not a field of the items, so each item finds it on the outer model; `missing` is nowhere.
        #expect(template.render(model) == "x&lt;|B|7|no|deep|1L;2L;|")
        let unset = Outer(label: "L", fast: Fast(a: "", b: false, c: nil, d: nil, items: [], none: "set"))
        #expect(template.render(unset) == "||||||")
    }
}
