import Foundation
import Mustache
import Testing
import YouchengCore

@testable import YouchengWeb

/// The form kit's fields as the `form-field` partial draws them, checked on the HTML.
@Suite struct FormFieldKitTests {
    let catalog: LabelCatalog
    let library: MustacheLibrary

    init() throws {
        let resources = try WebResources.directory
        catalog = try LabelCatalog(directory: resources.appendingPathComponent("Localization"))
        let partial = try String(
            contentsOf: resources.appendingPathComponent("Templates/form-field.mustache"), encoding: .utf8)
        library = MustacheLibrary(templates: [
            "form-field": try HTMLScalarContentType.template(partial),
            "page": try HTMLScalarContentType.template("{{#fields}}{{> form-field}}{{/fields}}"),
            "outer": try HTMLScalarContentType.template("{{#page}}{{#fields}}{{> form-field}}{{/fields}}{{/page}}"),
        ])
    }

    func kit(_ errors: [FieldError] = [], _ language: Language = .zh) -> FormFieldKit {
        FormFieldKit(
            labelPrefix: "field_", errors: FieldErrors(errors: errors), language: language, catalog: catalog)
    }

    func html(_ fields: [FormField]) -> String {
        library.render(Page(fields: fields), withTemplate: "page") ?? ""
    }

    @Test func aRefusedFieldShowsItsErrorUnderItsLabelAndTheInputPointsAtIt() throws {
        let refused = FieldError(code: "required", field: "home", message: Bilingual(zh: "请填写本地主体", en: "fill in home"))

        let page = html([kit([refused]).text("home", "", required: true), kit([refused]).text("partner", "Tampere")])

        let label = try #require(page.range(of: "<label for=\"field-home\">本地主体 <span class=\"required\""))
        let error = try #require(page.range(of: "<p class=\"field-error\" id=\"error-home\">请填写本地主体</p>"))
        #expect(label.upperBound < error.lowerBound)
        #expect(
            page.contains(
                "<input id=\"field-home\" name=\"home\" type=\"text\" value=\"\" required aria-invalid=\"true\" "
                    + "aria-describedby=\"error-home\">"))
        #expect(page.contains("<div class=\"field has-error\">"))
        // The other field has no error, so nothing points at one.
        #expect(page.contains("<input id=\"field-partner\" name=\"partner\" type=\"text\" value=\"Tampere\">"))
        #expect(page.components(separatedBy: "field-error").count == 2)
    }

    @Test func aTypedValueIsKeptEscaped() {
        let page = html([kit().text("partner", "São \"Paulo\" <b>"), kit().textarea("notes", "one & two")])

        #expect(page.contains("value=\"São &quot;Paulo&quot; &lt;b&gt;\""))
        #expect(page.contains("<textarea id=\"field-notes\" name=\"notes\" rows=\"4\">one &amp; two</textarea>"))
    }

    @Test func aSelectKeepsItsChoice() {
        let options = [
            SelectOption(value: "sisterCity", label: "友好城市"),
            SelectOption(value: "friendshipCity", label: "友好交流城市", selected: true),
        ]

        let field = kit().select("kind", options)
        let page = html([field])

        #expect(field.value == "friendshipCity")
        #expect(page.contains("<label for=\"field-kind\">类型</label>"))
        #expect(page.contains("<select id=\"field-kind\" name=\"kind\">"))
        #expect(page.contains("<option value=\"sisterCity\">友好城市</option>"))
        #expect(page.contains("<option value=\"friendshipCity\" selected>友好交流城市</option>"))
    }

    @Test func checkboxesKeepTheirsInAFieldsetLabelledByTheLegend() {
        let kit = FormFieldKit(labelPrefix: "exchange_field_", errors: nil, language: .en, catalog: catalog)
        let options = [
            SelectOption(value: "trade", label: "Trade", selected: true),
            SelectOption(value: "culture", label: "Culture"),
            SelectOption(value: "health", label: "Health", selected: true),
        ]

        let page = html([kit.checkboxes("domains", options)])

        #expect(page.contains("<fieldset class=\"field wide\">"))
        #expect(page.contains("<legend>Domains</legend>"))
        #expect(page.contains("<input type=\"checkbox\" name=\"domains\" value=\"trade\" checked> Trade"))
        #expect(page.contains("<input type=\"checkbox\" name=\"domains\" value=\"culture\"> Culture"))
        #expect(page.contains("<input type=\"checkbox\" name=\"domains\" value=\"health\" checked> Health"))
    }

    @Test func aDateShowsHowToTypeItAndAPasswordIsNeverSentBack() {
        let page = html([
            kit([], .en).date("established", "1985-03", entry: .partial),
            kit().date("start", "2026-11-23", entry: .day),
            kit().password("password", hint: "at least 10"),
        ])

        #expect(page.contains("value=\"1985-03\" placeholder=\"e.g. 1985 or 1985-03-12\">"))
        #expect(page.contains("value=\"2026-11-23\" placeholder=\"如 2026-11-23\" inputmode=\"numeric\">"))
        #expect(
            page.contains(
                "<input id=\"field-password\" name=\"password\" type=\"password\" value=\"\" "
                    + "autocomplete=\"new-password\" required>"))
        #expect(page.contains("<p class=\"hint\">at least 10</p>"))
    }

    @Test func aFieldWithoutAnErrorOrHintShowsNoneFromThePageAroundIt() {
        let outer = Outer(
            error: "page error", hint: "page hint", list: "page-list", page: Page(fields: [kit().text("home", "")]))

        let page = library.render(outer, withTemplate: "outer") ?? ""

        #expect(page.contains("<input id=\"field-home\" name=\"home\" type=\"text\" value=\"\">"))
        #expect(!page.contains("page error") && !page.contains("page hint") && !page.contains("page-list"))
        #expect(!page.contains("has-error"))
    }
}

/// A page holding fields.
private struct Page: Sendable {
    let fields: [FormField]
}

/// A page whose own values share names with a field's optional ones.
private struct Outer: Sendable {
    let error: String
    let hint: String
    let list: String
    let page: Page
}
