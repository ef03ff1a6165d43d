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

    @Test func theHandWrittenSmallValuesGiveEveryField() throws {
        let template = try MustacheTemplate(
            string: "{{#o}}{{value}}/{{label}}/{{#selected}}S{{/selected}}{{/o}}|{{#c}}{{code}}/{{label}}{{/c}}|"
                + "{{#l}}{{label}}/{{href}}{{/l}}|{{#o}}{{missing}}{{/o}}")
        struct Model {
            let o: SelectOption
            let c: CodedLabel
            let l: LinkedLabel
        }
        let model = Model(
            o: SelectOption(value: "DE", label: "德国", selected: true), c: CodedLabel(code: "active", label: "有效"),
            l: LinkedLabel(label: "南京", href: "/partners/1"))
        #expect(template.render(model) == "DE/德国/S|active/有效|南京//partners/1|")
    }
}
