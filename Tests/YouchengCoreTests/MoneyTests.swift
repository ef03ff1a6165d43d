import Testing
import YouchengCore

/// Amounts in yuan read and written exactly, and the money table's sums worked by hand.
@Suite struct MoneyTests {
    @Test func readsYuanWithSeparatorsSignAndUpToTwoDecimals() {
        #expect(Money(parsing: "12,500")?.fen == 1_250_000)
        #expect(Money(parsing: "¥3800.5")?.fen == 380_050)
        #expect(Money(parsing: " 0.07 ")?.fen == 7)
    }

    @Test func refusesNegativeOverlongDecimalsAndText() {
        #expect(Money(parsing: "-5") == nil)
        #expect(Money(parsing: "1.234") == nil)
        #expect(Money(parsing: "十万") == nil)
        #expect(Money(parsing: "") == nil)
        #expect(Money(parsing: "10000000000001") == nil)
    }

    @Test func writesPlainAndDisplayForms() {
        #expect(Money(fen: 380_050).plain == "3800.50")
        #expect(Money(fen: 1_250_000).plain == "12500")
        #expect(Money(fen: 123_456_789).display == "1,234,567.89")
        #expect(Money(fen: 5).display == "0.05")
    }

    @Test func tableSumsByUnitAndByPartnerCountingEachPartnerOfARecord() {
        // e1: unit 1, partners 10 and 11, budget 100, actual 80. e2: unit 1, partner 10, budget 50. e3: unit 2,
        // actual 30. e4: no amounts (left out).
        func yuan(_ n: Int64) -> Money { Money(fen: n * 100) }
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
        #expect(table.byUnit[1].difference == 3000)
        #expect(table.byPartner.map(\.id) == [10, 11])
        #expect(table.byPartner[1].budget == yuan(100))
        // Total: each record once: 3 records, budget 150, actual 110.
        #expect(table.total.records == 3 && table.total.budget == yuan(150) && table.total.actual == yuan(110))
    }
}
