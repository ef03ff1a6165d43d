/// The money of a year by unit and by partner (经费统计): budgets and actual amounts of the year's exchanges, and of
/// any other records given as lines (cooperation projects, once they are recorded).
public struct MoneyTable: Sendable {
    /// One record's amounts, as the table reads them: a plain input, so projects can be added as more lines.
    public struct Line: Sendable, Hashable {
        /// What the record is (`exchange`, `project`).
        public var source: String
        /// Its unit; nil when none.
        public var unitId: Int64?
        /// Its partners (each counts the whole amount).
        public var partnerIds: [Int64]
        /// The budget; nil when not recorded.
        public var budget: Money?
        /// The actual amount; nil when not recorded.
        public var actual: Money?

        /// Creates a line.
        public init(source: String, unitId: Int64?, partnerIds: [Int64], budget: Money?, actual: Money?) {
            self.source = source
            self.unitId = unitId
            self.partnerIds = partnerIds
            self.budget = budget
            self.actual = actual
        }
    }

    /// The sums of one unit or partner.
    public struct Sum: Sendable, Hashable {
        /// The unit or partner id (nil: no unit recorded).
        public var id: Int64?
        /// Records with an amount.
        public var records: Int
        /// The sum of the budgets recorded.
        public var budget: Money
        /// The sum of the actual amounts recorded.
        public var actual: Money
        /// Records with both a budget and an actual amount: the only ones ``difference`` compares.
        public var compared: Int = 0
        /// Actual minus budget over the ``compared`` records, in hundredths; nil when no record has both. A record
        /// with one amount only is left out of it (a missing actual is not spending 0).
        public var difference: Int64?
    }

    /// The sums by unit, largest budget first (then by id, no unit last).
    public var byUnit: [Sum]
    /// The sums by partner, largest budget first (then by id). A record with several partners counts for each.
    public var byPartner: [Sum]
    /// The sums of every line (each record once).
    public var total: Sum

    /// Sums `lines`; lines with neither amount are left out.
    public init(lines: [Line]) {
        let lines = lines.filter { $0.budget != nil || $0.actual != nil }
        func add(_ sums: inout [Int64?: Sum], _ id: Int64?, _ line: Line) {
            var sum = sums[id] ?? Sum(id: id, records: 0, budget: .zero, actual: .zero)
            sum.records += 1
            sum.budget = sum.budget + (line.budget ?? .zero)
            sum.actual = sum.actual + (line.actual ?? .zero)
            if let budget = line.budget, let actual = line.actual {
                sum.compared += 1
                sum.difference = (sum.difference ?? 0) + actual.hundredths - budget.hundredths
            }
            sums[id] = sum
        }
        var units: [Int64?: Sum] = [:]
        var partners: [Int64?: Sum] = [:]
        var total: [Int64?: Sum] = [:]
        for line in lines {
            add(&units, line.unitId, line)
            for partner in Set(line.partnerIds) { add(&partners, partner, line) }
            add(&total, nil, line)
        }
        func order(_ a: Sum, _ b: Sum) -> Bool {
            if a.budget != b.budget { return a.budget > b.budget }
            return (a.id ?? Int64.max) < (b.id ?? Int64.max)
        }
        byUnit = units.values.sorted(by: order)
        byPartner = partners.values.sorted(by: order)
        self.total = total[nil] ?? Sum(id: nil, records: 0, budget: .zero, actual: .zero)
    }
}
