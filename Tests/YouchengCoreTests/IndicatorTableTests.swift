import Testing
import YouchengCore

/// The indicator table: computed and hand-entered values against the year's targets, grouped by category.
@Suite struct IndicatorTableTests {
    let categories = [
        IndicatorCategory(code: "layout", nameZh: "友城布局", nameEn: "Portfolio", position: 1),
        IndicatorCategory(code: "links", nameZh: "互联互通", nameEn: "Connectivity", position: 2),
    ]
    let indicators = [
        Indicator(
            id: 1,
            draft: IndicatorDraft(
                code: "A1", category: "layout", nameZh: "友城总数", nameEn: "", measure: "个", formula: .totalPartnerships,
                position: 1)),
        Indicator(
            id: 2,
            draft: IndicatorDraft(
                code: "B1", category: "links", nameZh: "国际航线", nameEn: "", measure: "条", formula: nil, position: 1)),
        Indicator(
            id: 3,
            draft: IndicatorDraft(
                code: "A2", category: "layout", nameZh: "休眠占比", nameEn: "", measure: "%", direction: .lower,
                formula: .dormantShare, position: 2)),
        Indicator(
            id: 4,
            draft: IndicatorDraft(
                code: "B2", category: "links", nameZh: "领馆数", nameEn: "", measure: "个", formula: nil, position: 2)),
    ]

    @Test func linesTakeFormulaOrHandValueAndAreJudgedAgainstTheYearsTarget() throws {
        let years = [
            IndicatorYear(indicatorId: 1, year: 2025, target: 4),  // total 4 of 4: met
            IndicatorYear(indicatorId: 2, year: 2025, target: 20, value: 19, source: "市口岸办"),  // 95%: close
            IndicatorYear(indicatorId: 3, year: 2025, target: 30),  // 33.3% against at most 30; 110% = 33: behind
            IndicatorYear(indicatorId: 2, year: 2024, target: 1, value: 1, source: "x"),  // another year: ignored
        ]
        let table = IndicatorTable(
            indicators: indicators, categories: categories, years: years, facts: IndicatorFixture.facts())
        #expect(table.groups.map(\.category.code) == ["layout", "links"])
        #expect(table.groups[0].lines.map(\.indicator.draft.code) == ["A1", "A2"])
        let lines = table.lines
        #expect(lines.map(\.status) == [.met, .behind, .close, nil])
        #expect(lines[2].actual == 19 && lines[2].source == "市口岸办")
        // B2 has no figures for 2025: no actual, no target, no status.
        #expect(lines[3].actual == nil && lines[3].target == nil)
    }

    @Test func anIndicatorOfAnUnknownCategoryIsListedLastUnderItsCode() {
        let stray = Indicator(
            id: 9,
            draft: IndicatorDraft(
                code: "Z", category: "gone", nameZh: "Z", nameEn: "", measure: "", formula: .exchanges))
        let table = IndicatorTable(
            indicators: [stray] + indicators, categories: categories, years: [], facts: IndicatorFixture.facts())
        #expect(table.groups.map(\.category.code) == ["layout", "links", "gone"])
    }
}
