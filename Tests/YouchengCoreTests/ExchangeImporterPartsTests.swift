import Testing

@testable import YouchengCore

/// A large file's rows are checked in parts at once; the plan must not depend on how many.
@Suite struct ExchangeImporterPartsTests {
    let importer = ExchangeImportFixture.importer

    /// Rows 2–9. Worked by hand, reading in file order: rows 2, 4 and 6 pass; row 3's start and row 8's kind are
    /// refused; row 5 and row 9 repeat row 2 (same start, kind and title) and row 7 repeats row 4. The new units are
    /// those of the rows taken, first seen first: 新单位甲 (row 2), 新单位乙 (rows 4 and 6); 新单位丁 is named only by
    /// the refused row 5, so it is not one.
    var file: [[String]] {
        func row(_ start: String, _ kind: String, _ title: String, unit: String = "") -> [String] {
            ExchangeImportFixture.row([.start: start, .kind: kind, .title: title, .unit: unit])
        }
        return [
            ExchangeImportFixture.header,
            row("2024-05-06", "出访", "考察A", unit: "新单位甲"),
            row("2024-13-45", "出访", "考察X"),
            row("2024-05-07", "出访", "考察B", unit: "新单位乙"),
            row("2024-05-06", "出访", "考察A", unit: "新单位丁"),
            row("2024-05-08", "来访", "考察C", unit: "新单位乙"),
            row("2024-05-07", "出访", "考察B"),
            row("2024-05-09", "飞行", "考察Y"),
            row("2024-05-06", "出访", "考察A"),
        ]
    }

    @Test(arguments: [1, 2, 3, 5, 8, 20])
    func thePlanIsTheSameWhateverTheNumberOfParts(parts: Int) throws {
        let plan = try importer.plan(file, parts: parts)
        #expect(plan.rows.map(\.line) == [2, 4, 6])
        #expect(plan.rows.map(\.title) == ["考察A", "考察B", "考察C"])
        #expect(plan.newUnits == ["新单位甲", "新单位乙"])
        #expect(plan.dataRows == 8)
        #expect(plan.errors.map(\.row) == [3, 5, 7, 8, 9])
        #expect(plan.errors.map(\.field) == ["start", nil, nil, "kind", nil])
        let repeats = plan.errors.filter { $0.field == nil }.map(\.message.zh)
        #expect(repeats.count == 3)
        #expect(repeats[0].contains("与第 2 行重复"))
        #expect(repeats[1].contains("与第 4 行重复"))
        #expect(repeats[2].contains("与第 2 行重复"))
    }

    @Test func partsAreAskedForOnlyByLargeFiles() {
        #expect(ExchangeImporter.readers(for: 3_999) == 1)
        #expect(ExchangeImporter.readers(for: 300_000) >= 1)
        #expect(ExchangeImporter.readers(for: 300_000) <= 8)
    }
}
