import Testing
import YouchengCore

/// Amounts read and written exactly in hundredths, and the money table's sums worked by hand.
@Suite struct MoneyTests {
    @Test func readsWholeUnitsWithUpToTwoDecimals() {
        #expect(Money(parsing: "12")?.hundredths == 1_200)
        #expect(Money(parsing: "12.5")?.hundredths == 1_250)
        #expect(Money(parsing: "12.05")?.hundredths == 1_205)
        #expect(Money(parsing: "0.07")?.hundredths == 7)
        // A point with no decimals after it is the whole amount: 1. = 1.00.
        #expect(Money(parsing: "1.")?.hundredths == 100)
        #expect(Money(parsing: "0")?.hundredths == 0)
    }

    @Test func readsThousandsSeparatedByCommaFullWidthCommaOrSpace() {
        #expect(Money(parsing: "12,500")?.hundredths == 1_250_000)
        #expect(Money(parsing: "12，500")?.hundredths == 1_250_000)
        #expect(Money(parsing: "1 234 567.05")?.hundredths == 123_456_705)
    }

    @Test func readsALeadingYuanSignAndIgnoresSurroundingSpaces() {
        #expect(Money(parsing: "¥3800.5")?.hundredths == 380_050)
        #expect(Money(parsing: "￥3,800.50")?.hundredths == 380_050)
        #expect(Money(parsing: " 0.07 ")?.hundredths == 7)
        #expect(Money(parsing: "\u{3000}¥12\t")?.hundredths == 1_200)
    }

    @Test func readsUpToATrillion() {
        // 1,000,000,000,000 units = 100,000,000,000,000 hundredths, the maximum.
        #expect(Money(parsing: "1000000000000")?.hundredths == Money.maximumHundredths)
        #expect(Money(parsing: "1000000000000.01") == nil)
        #expect(Money(parsing: "10000000000001") == nil)
    }

    @Test func refusesSignsTextAndMisplacedMarks() {
        for text in [
            "", " ", "¥", "-5", "+5", "1.234", "1.2.3", ".5", "十万", "１２", "12元", "12¥", "¥¥12", "1e3", "12.a",
            "12. 5x",
        ] {
            #expect(Money(parsing: text) == nil, "\(text)")
        }
    }

    @Test func writesPlainWithHundredthsOnlyWhenThereAreSome() {
        #expect(Money(hundredths: 380_050).plain == "3800.50")
        #expect(Money(hundredths: 380_005).plain == "3800.05")
        #expect(Money(hundredths: 1_250_000).plain == "12500")
        #expect(Money(hundredths: 0).plain == "0")
    }

    @Test func writesGroupedWithThousandsSeparatorsAndTwoDecimals() {
        #expect(Money(hundredths: 123_456_789).grouped == "1,234,567.89")
        #expect(Money(hundredths: 100_000_000).grouped == "1,000,000.00")
        #expect(Money(hundredths: 99_900).grouped == "999.00")
        #expect(Money(hundredths: 5).grouped == "0.05")
    }

    @Test func tableSumsByUnitAndByPartnerCountingEachPartnerOfARecord() {
        // e1: unit 1, partners 10 and 11, budget 100, actual 80. e2: unit 1, partner 10, budget 50. e3: unit 2,
        // actual 30. e4: no amounts (left out).
        func yuan(_ n: Int64) -> Money { Money(hundredths: n * 100) }
        let table = MoneyTable(lines: [
            .init(source: "exchange", unitId: 1, partnerIds: [10, 11], budget: yuan(100), actual: yuan(80)),
            .init(source: "exchange", unitId: 1, partnerIds: [10], budget: yuan(50), actual: nil),
            .init(source: "exchange", unitId: 2, partnerIds: [], budget: nil, actual: yuan(30)),
            .init(source: "exchange", unitId: nil, partnerIds: [10], budget: nil, actual: nil),
        ])
        // Unit 1: 2 records, 150 / 80; unit 2: 1, 0 / 30. Partner 10: e1 + e2 = 150 / 80; 11: e1 = 100 / 80.
        #expect(table.byUnit.map(\.id) == [1, 2])
        #expect(
            table.byUnit[0].records == 2 && table.byUnit[0].budget == yuan(150) && table.byUnit[0].actual == yuan(80))
        // Actual minus budget over the records with both amounts: unit 1 only e1 (80 − 100 = −20 yuan); unit 2 has no
        // budget, so none.
        #expect(table.byUnit[0].compared == 1 && table.byUnit[0].difference == -2_000)
        #expect(table.byUnit[1].compared == 0 && table.byUnit[1].difference == nil)
        #expect(table.byPartner.map(\.id) == [10, 11])
        #expect(table.byPartner[1].budget == yuan(100))
        // Total: each record once: 3 records, budget 150, actual 110.
        #expect(table.total.records == 3 && table.total.budget == yuan(150) && table.total.actual == yuan(110))
        // The total's difference is e1's alone, −20 (not 110 − 150 = −40, which counts e2's missing actual as 0).
        #expect(table.total.compared == 1 && table.total.difference == -2_000)
    }

    @Test func theDifferenceAddsEveryRecordWithBothAmountsAndSkipsTheOthers() {
        // u1: budget 100.50 / actual 120 (+19.50); budget 40 / actual 30 (−10); budget 70 only; actual 5 only.
        let table = MoneyTable(lines: [
            .init(
                source: "exchange", unitId: 1, partnerIds: [], budget: Money(hundredths: 10_050),
                actual: Money(hundredths: 12_000)),
            .init(
                source: "project", unitId: 1, partnerIds: [], budget: Money(hundredths: 4_000),
                actual: Money(hundredths: 3_000)),
            .init(source: "exchange", unitId: 1, partnerIds: [], budget: Money(hundredths: 7_000), actual: nil),
            .init(source: "project", unitId: 1, partnerIds: [], budget: nil, actual: Money(hundredths: 500)),
        ])
        // 19.50 − 10 = 9.50 over 2 of the 4 records; the sums still add every amount: 210.50 and 155.
        #expect(table.total.records == 4 && table.total.compared == 2 && table.total.difference == 950)
        #expect(table.total.budget == Money(hundredths: 21_050) && table.total.actual == Money(hundredths: 15_500))
    }
}
