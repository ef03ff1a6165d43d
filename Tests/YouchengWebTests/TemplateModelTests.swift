import Mustache
import Testing
import YouchengCore

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

/// The values whose fields are named by hand answer every stored field, with the value reflection finds: a field added
/// to one of them and forgotten in its `child(named:)` fails here.
@Suite struct HandWrittenFieldsTests {
    /// Each stored field of `value`, read by name, is described as the field itself is; an unknown name gives nil.
    func expectEveryField(of value: some MustacheParent, sourceLocation: SourceLocation = #_sourceLocation) {
        let fields = Mirror(reflecting: value).children
        #expect(!fields.isEmpty, sourceLocation: sourceLocation)
        for field in fields {
            guard let name = field.label else { continue }
            let stored = unwrapped(field.value)
            let read = value.child(named: name)
            #expect(
                read.map { String(describing: $0) } == stored.map { String(describing: $0) },
                "field \(name) of \(type(of: value))", sourceLocation: sourceLocation)
        }
        #expect(value.child(named: "noSuchField") == nil, sourceLocation: sourceLocation)
    }

    /// An optional field's value, or nil, as Mustache reads it.
    func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }

    @Test func everyStoredFieldIsNamed() throws {
        let display = Display(
            language: .zh, reference: .bundled, friendshipLabel: "友好城市", countriesByName: [], homeSuggestions: [])
        let record = PartnershipRecord(
            partnership: Partnership(
                id: 7, homeCode: "320500", partnerId: 9, kind: .sisterCity,
                established: PartialDate(parsing: "1985-03"),
                status: .active, notes: ""),
            partner: Partner(id: 9, name: "Kyoto", nameZh: "京都", country: "JP"),
            home: Locality(
                code: "320500", name: "苏州", fullName: "苏州市", nameEn: "Suzhou", level: .city, parentCode: "320000"))
        let cells = PartnershipCells(record, display: display)
        expectEveryField(of: cells)
        expectEveryField(
            of: PartnershipListView.Row(
                partnership: cells, partnerZh: "京都", partnerEn: "Kyoto", editHref: "/partnerships/7/edit",
                editTarget: "京都"))
        expectEveryField(
            of: PartnershipListView.Row(
                partnership: cells, partnerZh: "", partnerEn: "Kyoto", editHref: nil, editTarget: "Kyoto"))
        let catalog = try LabelCatalog(directory: WebResources.directory.appendingPathComponent("Localization"))
        var query = PartnershipQuery()
        query.page = 2
        let list = PartnershipListView(
            query: query, page: PartnershipPage(items: [record], total: 100, page: 2, per: 25), raw: QueryString(),
            display: display, catalog: catalog)
        expectEveryField(of: list)
        expectEveryField(of: list.filters)
        expectEveryField(of: try #require(list.columns.first))
        expectEveryField(of: try #require(list.exports))
        let pagination = try #require(list.pagination)
        expectEveryField(of: pagination)
        expectEveryField(of: try #require(pagination.items.first))
        let user = HeaderUser(username: "li", logoutAction: "/logout", csrf: "c", label: "已登录", logoutLabel: "退出")
        let nav = NavItem(id: "nav-overview", href: "/", label: "概况", current: true)
        let group = NavGroup(id: "nav-group-registry", label: "名录", items: [nav])
        let layout = LayoutModel(
            htmlLang: "zh-Hans", title: "T", siteName: "友城", demo: true, nav: [group], switchHref: "/?lang=en",
            switchLabel: "English", switchLang: "en", stylesheet: "/assets/app.css", homeHref: "/", csrf: "c",
            user: user)
        expectEveryField(of: layout)
        expectEveryField(of: user)
        expectEveryField(of: group)
        expectEveryField(of: nav)
        expectEveryField(of: PageModel(t: ["a": "b"], layout: layout, content: "page"))
        let summary = SituationSummary(
            entries: [
                .init(partnerId: 1, country: "DE", kind: .sisterCity, level: .city),
                .init(partnerId: 2, country: "JP", kind: .friendshipCity, level: .district),
            ], catalog: ReferenceData.bundled.countries, asOf: "2026-12-07", home: nil)
        let scope = try SummaryScope(
            query: QueryString(), reference: .bundled, today: try #require(PartialDate(parsing: "2026-12-07")))
        var overview = OverviewView(
            summary: summary, scope: scope, registryEmpty: false, display: display, catalog: catalog)
        overview.peerRank = "第 3 名"
        expectEveryField(of: overview)
        expectEveryField(of: try #require(overview.figures.first))
        expectEveryField(of: try #require(overview.continents.first))
        expectEveryField(of: try #require(overview.topCountries.first))
        expectEveryField(of: OverviewView.EmptyScope(message: "无", resetHref: "/", resetLabel: "全部"))
        expectEveryField(of: DormantView.Row(cells: cells, lastExchange: "2019-05-02", never: false))
        let context = ExchangeContext(
            partners: [record.partner], units: [], domains: [], rules: ComplianceRules(), reference: .bundled)
        let exchange = Exchange(
            id: 3,
            draft: ExchangeDraft(
                title: "Kyoto visit", start: try #require(Day(parsing: "2025-01-10")),
                end: try #require(Day(parsing: "2025-01-12")), kind: .incomingDelegation, partnerIds: [9],
                countries: ["JP"], rank: .city, people: 12))
        let exchangeRow = ExchangeRow(exchange, lookups: context, display: display, mayEdit: true)
        expectEveryField(of: exchangeRow)
        expectEveryField(of: try #require(exchangeRow.partners.first))
        let exchangeList = ExchangeListView(
            query: ExchangeQuery(), page: ExchangePage(items: [exchange], total: 30, page: 1, per: 25),
            lookups: context, partnerOptions: "<option>", display: display, catalog: catalog, isEmpty: false,
            mayWrite: true, notice: "已保存", mayEdit: { _ in true })
        expectEveryField(of: exchangeList)
        expectEveryField(of: exchangeList.filters)
        let dormant = DormantView(
            findings: [
                .init(record: record, lastExchange: Day(parsing: "2019-05-02")),
                .init(record: record, lastExchange: nil),
            ], years: 3, asOf: try #require(Day(parsing: "2026-12-07")), raw: QueryString(), display: display,
            catalog: catalog)
        expectEveryField(of: dormant)
        expectEveryField(of: dormant.filters)
        for field in dormant.filters.fields {
            expectEveryField(of: field)
            expectEveryField(of: field.input)
        }
        expectEveryField(of: SelectOption(value: "DE", label: "德国", selected: true))
        expectEveryField(of: CodedLabel(code: "active", label: "有效"))
        expectEveryField(of: LinkedLabel(label: "南京", href: "/partners/1"))
    }
}

/// A select's options written in one pass read as the per-option template wrote them, escaped per Unicode scalar.
@Suite struct OptionListTests {
    @Test func optionsAreWrittenWithTheSelectedOneMarkedAndEveryValueEscaped() throws {
        let options = OptionList([
            SelectOption(value: "", label: "全部国家"),
            SelectOption(value: "DE", label: "德国", selected: true),
            // A quote followed by a combining mark is one Character; it must still become &quot;.
            SelectOption(value: "x\"\u{301}y", label: "<b>&'"),
        ])
        let template = try HTMLScalarContentType.template("<select>{{{options}}}</select>")
        #expect(
            template.render(["options": options])
                == "<select><option value=\"\">全部国家</option>\n<option value=\"DE\" selected>德国</option>\n"
                + "<option value=\"x&quot;\u{301}y\">&lt;b&gt;&amp;&#39;</option></select>")
        #expect(OptionList([]).renderText == "")
    }
}

/// Labels fill their placeholders in one pass.
@Suite struct LabelFillTests {
    @Test func placeholdersAreFilledOnceAndOtherBracesStay() {
        let arguments = ["name": "{count}", "count": "3"]
        // A value is not read for placeholders, so "{count}" inside the name stays as the user wrote it.
        #expect(LabelCatalog.fill("编辑 {name}，共 {count} 条", arguments) == "编辑 {count}，共 3 条")
        #expect(LabelCatalog.fill("{unknown} {{count}} {count", arguments) == "{unknown} {3} {count")
        #expect(LabelCatalog.fill("no braces", arguments) == "no braces")
        #expect(LabelCatalog.fill("{count}{count}", arguments) == "33")
    }
}
