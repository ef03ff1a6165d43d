import Foundation
import YouchengCore
import YouchengStore

extension DemoData {
    /// Sets the demo's 2026 figures (fictional): targets of the computed indicators, two hand-entered values with
    /// their sources, and a budget and actual amount on the first demo exchanges of 2026 — when no indicator has any
    /// figure yet and the registry is the demo; returns whether it did.
    @discardableResult
    public static func loadIndicatorFiguresIfEmpty(into services: Services) async throws -> Bool {
        let store = services.indicators
        guard try await store.years(2026).isEmpty, try await isDemo(services.registry) else { return false }
        let targets: [String: (Double, Double?, String)] = [
            "A1": (40, nil, ""), "A2": (4, nil, ""), "A3": (20, nil, ""), "A4": (80, nil, ""), "A5": (20, nil, ""),
            "B1": (60, nil, ""), "B2": (20, nil, ""), "B3": (15, nil, ""), "D1": (90, nil, ""), "D2": (90, nil, ""),
            "E1": (20, 19, "市口岸办（演示）"), "F1": (8, 8, "市外办领事处（演示）"),
        ]
        for indicator in try await store.indicators() {
            guard let (target, value, source) = targets[indicator.draft.code] else { continue }
            try await store.setYear(
                IndicatorYear(indicatorId: indicator.id, year: 2026, target: target, value: value, source: source),
                actor: .system)
        }
        let amounts: [(Int64, Int64?)] = [(12_000_000, 11_850_050), (3_500_000, nil), (800_000, 920_000)]
        let exchanges = try await services.exchanges.exchanges(
            from: Day(year: 2026, month: 1, day: 1)!, to: Day(year: 2026, month: 12, day: 31)!)
        for (exchange, (budget, actual)) in zip(exchanges, amounts) {
            var draft = exchange.draft
            draft.budget = Money(hundredths: budget)
            draft.actual = actual.map(Money.init(hundredths:))
            _ = try await services.exchanges.save(
                draft, id: exchange.id, expectedVersion: exchange.version, actor: .system)
        }
        return true
    }
}
