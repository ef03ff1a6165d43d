import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The stores `Services` hands out share one database and one clock.
@Suite struct ServicesTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    @Test(arguments: TestBackend.available)
    func registryExchangesSettingsAndReportsSeeEachOthersWrites(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let plan = try RegistryImporter(reference: .bundled).plan([
                ["本地主体", "外方城市", "外方城市英文名", "国家", "类型", "结好时间"],
                ["南京市", "名古屋市", "Nagoya", "日本", "友好城市", "1978"],
                ["南京市", "莱比锡", "Leipzig", "DE", "友好城市", "1988"],
            ])
            _ = try await services.registry.apply(plan.rows, dryRun: false, actor: .system)
            let nagoya = try #require(
                try await services.registry.all(PartnershipQuery()).first { $0.partner.name == "Nagoya" })
            _ = try await services.exchanges.save(
                ExchangeDraft(
                    title: "名古屋代表团", start: day("2024-01-10"), end: day("2024-01-12"), kind: .incomingDelegation,
                    partnerIds: [nagoya.partner.id], countries: ["JP"]),
                id: nil, expectedVersion: nil, actor: .system)

            // As of 2026-11-23 the default threshold (3 years) reaches back to 2023-11-23: Nagoya's exchange of
            // 2024-01-10 keeps it awake, Leipzig has none. Two years reach back to 2024-11-23 only.
            let threeYears = try await services.reports.dormant(years: nil, asOf: day("2026-11-23"), home: nil)
            try await services.settings.set(.dormantYears, to: "2", actor: .system)
            let twoYears = try await services.reports.dormant(years: nil, asOf: day("2026-11-23"), home: nil)

            #expect(threeYears.map(\.record.partner.name) == ["Leipzig"])
            #expect(twoYears.map(\.record.partner.name) == ["Leipzig", "Nagoya"])
            #expect(twoYears.map(\.lastExchange) == [nil, day("2024-01-10")])
        }
    }

    @Test(arguments: TestBackend.available)
    func everyStoreReadsTheClockItWasGiven(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let nine = try Date("2026-11-23T09:00:00Z", strategy: .iso8601)
            let clock = TestClock(nine)
            let services = Services.forTests(database, clock: clock)
            _ = try await services.registry.save(
                PartnershipDraft(
                    homeCode: "320100", partnerName: "Leipzig", partnerNameZh: "", country: "DE", kind: .sisterCity,
                    established: nil, status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system)
            clock.advance(3600)
            try await services.settings.set(.dormantYears, to: "5", actor: .system)
            clock.advance(3600)
            let unit = try await services.accounts.units.create(MemberUnit.defaultDraft, by: .system)
            let user = try await services.accounts.users.create(
                username: "admin", password: "a-long-test-password", unitId: unit.id, role: .admin, by: .system)
            let upload = try await services.pendingImports.keep(
                data: Data("a,b\n".utf8), filename: "a.csv", home: "", userId: user.id)
            let kept = try await services.pendingImports.take(upload, userId: user.id)

            let partnership = try await services.audit.entries(AuditQuery(entityType: .partnership))
            let setting = try await services.audit.entries(AuditQuery(entityType: .setting))
            let units = try await services.audit.entries(AuditQuery(entityType: .unit))

            #expect(partnership.items.map(\.time) == [nine])
            #expect(setting.items.map(\.time) == [nine.addingTimeInterval(3600)])
            #expect(units.items.map(\.time) == [nine.addingTimeInterval(7200)])
            #expect(kept?.created == nine.addingTimeInterval(7200))
        }
    }
}
