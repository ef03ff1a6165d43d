import Testing
import YouchengCore

/// A large exchanges file is checked on several processors at once; what it finds is what one reader finds.
@Suite struct ExchangeImporterPartsTests {
    let importer = ExchangeImportFixture.importer
    func row(_ changes: [ExchangeColumn: String] = [:]) -> [String] { ExchangeImportFixture.row(changes) }

    /// A file of 50,000 data rows (spreadsheet rows 2 to 50,001), titled by row, with problems in both halves: large
    /// enough to be checked in parts on a machine with two processors or more.
    func largeFile() -> [[String]] {
        var table = [ExchangeImportFixture.header]
        for line in 2...50_001 {
            switch line {
            case 5: table.append(row([.title: "第 5 行", .start: "2024-02-30"]))
            case 40_000: table.append(row([.title: "第 3 行"]))
            case 40_001: table.append(row([.title: "第 3 行", .unit: "友协"]))
            case 45_000: table.append(row([.title: "第 45000 行", .kind: "野餐", .people: "0"]))
            case 49_000: table.append(row([.title: "第 49000 行", .unit: "Youth League"]))
            case 10: table.append(row([.title: "第 10 行", .unit: "友协"]))
            default: table.append(row([.title: "第 \(line) 行"]))
            }
        }
        return table
    }

    @Test func aLargeFileReportsEveryProblemInRowOrderAndRepeatsAcrossItsHalves() throws {
        let plan = try importer.plan(largeFile())
        #expect(plan.errors.map(\.row) == [5, 40_000, 40_001, 45_000, 45_000])
        #expect(plan.errors.map(\.field) == ["start", nil, nil, "kind", "people"])
        // Row 40,001 repeats row 3 too, not row 40,000 (itself refused as a repeat of row 3).
        #expect(
            plan.errors[1...2].map(\.message.en) == [
                "row 40000: repeats row 3 (the same start, kind and title)",
                "row 40001: repeats row 3 (the same start, kind and title)",
            ])
        #expect(plan.rows.count == 50_000 - 4)
        #expect(plan.rows.first?.line == 2)
        #expect(plan.rows.last?.line == 50_001)
        #expect(plan.rows.map(\.line) == (2...50_001).filter { ![5, 40_000, 40_001, 45_000].contains($0) })
        #expect(plan.newUnits == ["友协", "Youth League"])
    }
}
