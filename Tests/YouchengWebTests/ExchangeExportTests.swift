import Foundation
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengSheets
import YouchengStore

@testable import YouchengWeb

/// `GET /exchanges.csv` and `.xlsx`: the filtered rows on every page, with the import's headers, reading back
/// through the exchanges import to the same values.
@Suite struct ExchangeExportTests {
    @Test(arguments: ["csv", "xlsx"])
    func anExportReadsBackThroughTheImportUnchanged(format: String) async throws {
        try await WebTestSite.run { site in
            _ = try await ExchangeListPageTests.seed(site)
            _ = try await site.addExchange(
                "=HYPERLINK(\"x\")", start: "2025-10-01", kind: .signing, partners: ["Venice"], countries: ["IT"],
                people: 3, outcomes: "-2 lines\nsecond")
            let query = [("country", "IT"), ("per", "1")]
            let expected = try await site.exchanges.all(
                try ExchangeQuery(parameters: query, reference: .bundled, domains: ExchangeDomain.defaults))

            let response = try await site.get("/exchanges.\(format)?country=IT&per=1")

            #expect(response.status == .ok)
            let data = Data(buffer: response.body)
            if format == "csv" {
                #expect(response.text.contains("'=HYPERLINK"))
                #expect(response.text.hasPrefix("\u{FEFF}开始日期,结束日期,类型,友城,国家,主办单位,带队级别,人数,领域,主题,成果"))
            }
            let table = try RegistryFiles.read(data: data, filename: "exchanges.\(format)").table
            let partners = try await site.store.all(PartnershipQuery()).map(\.partner)
            let units = try await site.accounts.units.list(includeInactive: true)
            let plan = try ExchangeImporter(
                reference: .bundled, partners: partners, units: units, domains: try await site.exchanges.domains()
            ).plan(table)
            #expect(plan.errors.isEmpty)
            #expect(plan.newUnits.isEmpty)
            #expect(plan.rows.count == expected.count && expected.count == 4)
            let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.nameZh) })
            for (row, exchange) in zip(plan.rows, expected) {
                #expect(
                    row.title == exchange.draft.title && row.start == exchange.draft.start
                        && row.end == exchange.draft.end)
                #expect(row.kind == exchange.draft.kind && row.partnerIds.sorted() == exchange.draft.partnerIds)
                #expect(
                    row.countries.sorted() == exchange.draft.countries && row.domains.sorted() == exchange.draft.domains
                )
                #expect(row.unitName == exchange.draft.unitId.flatMap { unitNames[$0] })
                #expect(
                    row.rank == exchange.draft.rank && row.people == exchange.draft.people
                        && row.outcomes == exchange.draft.outcomes)
            }
        }
    }

    @Test func anExportIsAuditedWithItsFormatFilterAndRowCount() async throws {
        try await WebTestSite.run { site in
            _ = try await ExchangeListPageTests.seed(site)

            let response = try await site.get("/exchanges.csv?country=IT&page=2")

            #expect(response.status == .ok)
            let log = try await site.accounts.audit.entries(AuditQuery(entityType: .exchange, action: .exported))
            let entry = try #require(log.items.first)
            let rows = try await site.exchanges.all(
                try ExchangeQuery(
                    parameters: [("country", "IT")], reference: .bundled, domains: ExchangeDomain.defaults))
            #expect(log.total == 1 && entry.actor == WebTestSite.adminName && !rows.isEmpty)
            #expect(
                entry.changes == [
                    FieldChange(field: "format", before: nil, after: "csv"),
                    FieldChange(field: "filter", before: nil, after: "country=IT"),
                    FieldChange(field: "rows", before: nil, after: String(rows.count)),
                ])
        }
    }
}
