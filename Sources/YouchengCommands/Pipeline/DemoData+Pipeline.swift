import Foundation
import YouchengCore
import YouchengStore

extension DemoData {
    /// Enters eight fictional prospects of 苏州市 across the stages (each with its dated history, the latest change
    /// some weeks before today) sponsored by the first demo unit, and the year's target (3–4 new partnerships; the
    /// current total plus 4 by the year's end; every locality under 苏州市), when the database holds no prospect and
    /// its registry is the demo. Returns whether it did.
    @discardableResult
    public static func loadPipelineIfEmpty(into services: Services, today: Day) async throws -> Bool {
        let store = services.prospects
        guard try await store.list(ProspectQuery()).total == 0, try await isDemo(services.registry),
            let unit = try await services.accounts.units.list(includeInactive: false).first
        else { return false }
        let home = "320500"
        // Name, Chinese name, country, themes, and the stages it went through with how many days before today.
        let prospects: [(String, String, String, [String], [(ProspectStage, Int, String)])] = [
            (
                "Toulouse", "图卢兹", "FR", ["航空航天"],
                [(.identified, 200, ""), (.contacted, 150, ""), (.negotiating, 90, ""), (.letterOfIntent, 30, "")]
            ),
            (
                "Leuven", "鲁汶", "BE", ["生命科学", "教育"],
                [(.identified, 300, ""), (.negotiating, 120, ""), (.submitted, 20, "")]
            ),
            ("Tampere", "坦佩雷", "FI", ["智能制造"], [(.identified, 400, ""), (.submitted, 100, ""), (.approved, 10, "")]),
            ("Aarhus", "奥胡斯", "DK", ["绿色能源"], [(.identified, 60, ""), (.contacted, 25, "")]),
            ("Tallinn", "塔林", "EE", ["数字政务"], [(.identified, 80, ""), (.negotiating, 40, "")]),
            ("Casablanca", "卡萨布兰卡", "MA", ["港口物流", "旅游"], [(.identified, 15, "")]),
            ("Bilbao", "毕尔巴鄂", "ES", ["文化", "城市更新"], [(.identified, 45, "")]),
            (
                "Penang", "槟城", "MY", ["电子信息"],
                [(.identified, 250, ""), (.contacted, 180, ""), (.shelved, 50, "对方换届，暂缓（演示）")]
            ),
        ]
        for (name, nameZh, country, themes, stages) in prospects {
            guard let first = stages.first else { continue }
            let draft = ProspectDraft(
                name: name, nameZh: nameZh, country: country, homeCode: home, unitId: unit.id, themes: themes,
                notes: marker)
            let created = try await store.create(
                draft, stage: first.0, date: day(before: today, first.1), today: today, by: .system)
            for (stage, days, reason) in stages.dropFirst() {
                _ = try await store.changeStage(
                    id: created.id, ProspectStageRequest(stage: stage, date: day(before: today, days), reason: reason),
                    expectedVersion: nil, today: today, by: .system)
            }
        }
        let yearEnd = Day(year: today.year, month: 12, day: 31)!
        // The registry's partnerships of 苏州市 and the localities under it, not ended.
        var query = PartnershipQuery()
        query.home = services.reference.localities.locality(home)
        query.statuses = [.active, .suspended]
        let standing = try await services.registry.list(query).total
        try await store.setTarget(
            PipelineTarget(
                homeCode: home, year: today.year, newPartnerships: CountRange(min: 3, max: 4),
                totalBy: .init(date: yearEnd, count: standing + 4), localitiesBy: .init(date: yearEnd, count: nil)),
            by: .system)
        return true
    }

    /// The day `days` before `today`.
    private static func day(before today: Day, _ days: Int) -> Day { Day(ordinal: today.ordinal - days) ?? today }
}
