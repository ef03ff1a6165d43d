/// A column the scorecard can be sorted by.
public enum ScorecardColumn: String, Sendable, CaseIterable, Hashable {
    /// The unit's name.
    case unit
    /// Exchanges.
    case exchanges
    /// Tasks led.
    case tasksLed
    /// Tasks done on time (by share).
    case tasksOnTime
    /// Reports on time (by rate).
    case reports
    /// Notices answered on time (by rate).
    case answers
    /// Projects signed.
    case projectsSigned
    /// Projects landed.
    case projectsLanded
    /// Prospects advanced.
    case prospectsAdvanced
}

extension Scorecard {
    /// The rows sorted by `column` (`descending` or not); rows without a figure in that column come last either
    /// way, and ties go by name. `names` gives each unit's name as shown.
    public func sorted(by column: ScorecardColumn, descending: Bool, names: [Int64: String]) -> [Row] {
        func name(_ row: Row) -> String { names[row.unitId] ?? "" }
        return rows.sorted { a, b in
            if column == .unit {
                return descending
                    ? (name(a), a.unitId) > (name(b), b.unitId) : (name(a), a.unitId) < (name(b), b.unitId)
            }
            switch (Self.figure(a, column), Self.figure(b, column)) {
            case (let x?, let y?) where x != y: return descending ? x > y : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (name(a), a.unitId) < (name(b), b.unitId)
            }
        }
    }

    /// The figure of `row` a column sorts by; nil when it has none.
    static func figure(_ row: Row, _ column: ScorecardColumn) -> Double? {
        switch column {
        case .unit: nil
        case .exchanges: Double(row.exchanges)
        case .tasksLed: Double(row.tasksLed)
        case .tasksOnTime: row.tasksOnTimeShare
        case .reports: row.reports.flatMap { IndicatorNumber.share($0.reported, of: $0.required) }
        case .answers: row.answers.flatMap { IndicatorNumber.share($0.onTime, of: $0.addressed) }
        case .projectsSigned: row.projectsSigned.map(Double.init)
        case .projectsLanded: row.projectsLanded.map(Double.init)
        case .prospectsAdvanced: row.prospectsAdvanced.map(Double.init)
        }
    }
}
