import Foundation
import YouchengCore
import YouchengStore

extension DemoData {
    /// One demo project: title, kind, the index of its partner among the demo partners, the index of its unit
    /// among the active units, amounts (agreed, realised, currency, budget, cost in whole units), and its stages
    /// with how many days before today each was reached.
    private struct DemoProject {
        let title: String
        let kind: ProjectKind
        let partner: Int
        let unit: Int
        let amounts: (agreed: Int64?, realised: Int64?, currency: String, budget: Int64?, cost: Int64?)
        let stages: [(ProjectStage, Int)]
    }

    private static let projects: [DemoProject] = [
        .init(
            title: "新能源汽车零部件合资工厂（演示）", kind: .investment, partner: 0, unit: 1,
            amounts: (30_000_000, 12_000_000, "EUR", 80_000, 52_000),
            stages: [(.lead, 400), (.intent, 300), (.signed, 200), (.landed, 40)]),
        .init(
            title: "友城农产品进口直通车（演示）", kind: .trade, partner: 1, unit: 1,
            amounts: (5_000_000, 1_800_000, "USD", 30_000, 12_000),
            stages: [(.lead, 220), (.intent, 150), (.signed, 25)]),
        .init(
            title: "联合实验室：智能制造（演示）", kind: .technology, partner: 2, unit: 2,
            amounts: (2_000_000, nil, "CNY", 50_000, 8_000), stages: [(.lead, 180), (.intent, 60)]),
        .init(
            title: "姊妹学校交换生项目（演示）", kind: .education, partner: 3, unit: 3,
            amounts: (nil, nil, "CNY", 20_000, 20_000),
            stages: [(.lead, 500), (.intent, 420), (.signed, 380), (.landed, 300), (.completed, 30)]),
        .init(
            title: "友城文化周巡演（演示）", kind: .culture, partner: 4, unit: 4,
            amounts: (600_000, 600_000, "CNY", 60_000, 58_000), stages: [(.lead, 200), (.signed, 120), (.landed, 50)]),
        .init(
            title: "远程医疗合作中心（演示）", kind: .health, partner: 5, unit: 2,
            amounts: (8_000_000, nil, "CNY", 40_000, 5_000), stages: [(.lead, 160), (.intent, 45)]),
        .init(
            title: "港口物流园区投资（演示）", kind: .investment, partner: 6, unit: 1,
            amounts: (120_000_000, nil, "USD", 100_000, 30_000), stages: [(.lead, 90), (.shelved, 20)]),
        .init(
            title: "跨境电商体验馆（演示）", kind: .trade, partner: 7, unit: 1,
            amounts: (3_000_000, nil, "CNY", nil, nil), stages: [(.lead, 35)]),
        .init(
            title: "青年创业营互访（演示）", kind: .other, partner: 8, unit: 0,
            amounts: (nil, nil, "CNY", 15_000, nil), stages: [(.lead, 10)]),
        .init(
            title: "生物医药孵化器合作（演示）", kind: .technology, partner: 9, unit: 2,
            amounts: (15_000_000, nil, "EUR", 60_000, 10_000), stages: [(.lead, 300), (.intent, 250), (.ended, 100)]),
        .init(
            title: "中文教师派遣（演示）", kind: .education, partner: 10, unit: 3,
            amounts: (nil, nil, "CNY", 25_000, 9_000), stages: [(.lead, 120), (.intent, 70), (.signed, 15)]),
        // Stalled: open, and nothing since its intent 130 days ago (the threshold is 90).
        .init(
            title: "会展中心运营合作（演示，停滞）", kind: .investment, partner: 11, unit: 1,
            amounts: (50_000_000, nil, "CNY", 30_000, 2_000), stages: [(.lead, 200), (.intent, 130)]),
    ]

    /// Records a dozen fictional cooperation projects across the stages, one stalled, with amounts and a few notes,
    /// when the database holds none and the registry is the demo: dated back from `today`, the first from the
    /// first demo exchange. Returns whether it recorded them.
    @discardableResult
    public static func loadProjectsIfEmpty(into services: Services, today: Day) async throws -> Bool {
        let store = services.projects
        guard try await store.list(ProjectQuery(), days: 90, asOf: today).total == 0,
            try await isDemo(services.registry)
        else { return false }
        let partners = try await services.registry.partners()
        let units = try await services.accounts.units.list(includeInactive: false)
        guard partners.count >= 12, !units.isEmpty else { return false }
        var exchangeQuery = ExchangeQuery()
        exchangeQuery.per = 1
        let exchange = try await services.exchanges.list(exchangeQuery).items.first
        for (index, demo) in projects.enumerated() {
            func day(_ daysAgo: Int) -> Day { Day(ordinal: today.ordinal - daysAgo) ?? today }
            func money(_ units: Int64?) -> Money? { units.map { Money(hundredths: $0 * 100) } }
            let a = demo.amounts
            let draft = ProjectDraft(
                title: demo.title, partnerIds: [partners[demo.partner].id], unitId: units[demo.unit % units.count].id,
                kind: demo.kind, agreed: money(a.agreed), realised: money(a.realised), currency: a.currency,
                budget: money(a.budget), actualCost: money(a.cost),
                source: index == 0 ? exchange.map { .exchange($0.id) } : nil)
            let (first, firstAgo) = demo.stages[0]
            let project = try await store.create(draft, stage: first, date: day(firstAgo), by: .system)
            for (stage, ago) in demo.stages.dropFirst() {
                _ = try await store.changeStage(
                    id: project.id, to: stage, date: day(ago), reason: stage == .shelved ? "对方预算冻结（演示）" : "",
                    expectedVersion: nil, today: today, by: .system)
            }
            if index < 3 {
                _ = try await store.addNote(
                    id: project.id, date: day(max(demo.stages.last!.1 - 5, 0)), text: "电话跟进，对方确认下一步安排（演示）",
                    today: today, by: .system)
            }
        }
        return true
    }
}
