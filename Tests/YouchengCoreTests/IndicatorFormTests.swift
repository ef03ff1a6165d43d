import Testing
import YouchengCore

/// The indicator form and the year form refuse bad input field by field.
@Suite struct IndicatorFormTests {
    @Test func aValidFormGivesTheDraft() throws {
        let form = IndicatorForm(fields: [
            "code": "B3", "category": "links", "nameZh": "国际航线数", "nameEn": "International flights", "measure": "条",
            "direction": "higher", "formula": "manual", "position": "3",
        ])
        let draft = try form.validate(categories: ["links"]).get()
        #expect(draft.formula == nil && draft.position == 3 && draft.measure == "条")
    }

    @Test func everyBadFieldIsNamed() {
        let form = IndicatorForm(fields: [
            "code": "B 3", "category": "nope", "nameZh": "", "direction": "up", "formula": "magic", "position": "-1",
        ])
        guard case .failure(let errors) = form.validate(categories: ["links"]) else {
            Issue.record("accepted")
            return
        }
        #expect(
            Set(errors.errors.compactMap(\.field)) == [
                "code", "category", "nameZh", "direction", "formula", "position",
            ])
    }

    @Test func aHandValueNeedsItsSourceAndAComputedIndicatorTakesNone() {
        let manual = Indicator(
            id: 1,
            draft: IndicatorDraft(code: "B1", category: "links", nameZh: "航线", nameEn: "", measure: "条", formula: nil))
        let computed = Indicator(
            id: 2,
            draft: IndicatorDraft(
                code: "A1", category: "layout", nameZh: "总数", nameEn: "", measure: "个", formula: .totalPartnerships))
        guard
            case .failure(let noSource) = IndicatorYearForm(target: "20", value: "19").validate(
                indicator: manual, year: 2025)
        else { Issue.record("accepted without a source"); return }
        #expect(noSource.message(for: "source") != nil)
        guard
            case .failure(let onComputed) = IndicatorYearForm(value: "3", source: "x").validate(
                indicator: computed, year: 2025)
        else { Issue.record("accepted a value for a computed indicator"); return }
        #expect(onComputed.message(for: "value") != nil)
        let ok = try? IndicatorYearForm(target: "1,200", value: "19.5", source: "市口岸办").validate(
            indicator: manual, year: 2025
        ).get()
        #expect(ok == IndicatorYear(indicatorId: 1, year: 2025, target: 1200, value: 19.5, source: "市口岸办"))
    }

    @Test func numbersReadPlainlyAndWriteWithAtMostTwoDecimals() {
        #expect(IndicatorNumber.parse("66.7%") == 66.7)
        #expect(IndicatorNumber.parse("-1") == nil)
        #expect(IndicatorNumber.parse("1e3") == nil)
        #expect(IndicatorNumber.text(100.0 / 3) == "33.33")
        #expect(IndicatorNumber.text(4) == "4")
        #expect(IndicatorNumber.text(12.5) == "12.5")
    }
}
