import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct JSONImportTests {
    func run(_ text: String, _ store: RegistryStore) async throws -> ImportOutcome {
        try await ImportRun.run(
            data: Data(text.utf8), file: "registry.json", defaultHome: nil, dryRun: false, repository: store,
            reference: .bundled)
    }

    @Test func fieldsAnItemLeavesOutKeepWhatIsStored() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await run(
                #"{"partnerships": [{"home": {"code": "320100"}, "partner": {"name": "Nagoya", "nameZh": "名古屋"}, "country": "JP", "kind": "friendshipCity", "established": "1978-12-21", "status": "suspended", "notes": "重要备注"}]}"#,
                store)

            let outcome = try await run(
                #"{"items": [{"home": {"code": "320100"}, "partner": {"name": "Nagoya"}, "country": "JP"}]}"#, store)
            let record = try #require(try await store.all(PartnershipQuery()).first)

            #expect(outcome.succeeded && outcome.report.unchanged == 1)
            #expect(record.partnership.kind == .friendshipCity && record.partnership.status == .suspended)
            #expect(record.partnership.established?.description == "1978-12-21" && record.partnership.notes == "重要备注")
        }
    }

    @Test func badItemsAreReportedByNumberAndNothingIsStored() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            let outcome = try await run(
                #"[{"home": "320100", "partner": {"name": "Nagoya"}, "country": "JP"}, {"home": "320100", "partner": {"name": "Perth"}}, {"home": "320100", "partner": {"name": "Lyon"}, "country": 5}, {"home": "吉林", "partner": {"name": "Ulm"}, "country": "DE"}]"#,
                store)

            #expect(outcome.errors.map(\.row) == [3, 4, 5])
            #expect(outcome.errors.first?.message.en == "row 3: no country")
            #expect(try await store.count() == 0)
        }
    }

    @Test(arguments: ["{}", "[1, 2", #"[{"home": "320100"}, "text"]"#, #"{"partnerships": []}"#, "本地主体,外方城市,国家\n"])
    func aFileWithoutDataIsRefusedWithAMessage(text: String) async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let outcome = try await run(text, store)
            #expect(outcome.failure != nil, "\(outcome.text)")
            #expect(!outcome.succeeded)
        }
    }
}
