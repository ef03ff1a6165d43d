import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Deleting a prospect on both databases: it goes with its stage history at the version read, audited with its last
/// values; a stale version, an unknown id and a signed prospect are refused and change nothing.
@Suite struct ProspectDeleteStoreTests {
    let admin = AuditActor(username: "admin", unitId: 1)
    let today = Day(year: 2026, month: 5, day: 20)!

    func day(_ month: Int, _ day: Int) -> Day { Day(year: 2026, month: month, day: day)! }

    @Test(arguments: TestBackend.available)
    func aProspectGoesWithItsHistoryAtTheVersionReadAndIsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await ProspectStoreTests.Fixture(database)
            let store = f.services.prospects
            let created = try await store.create(f.toulouse(), date: day(3, 1), today: today, by: admin)
            let kept = try await store.create(f.toulouse(home: "320100"), date: day(3, 1), today: today, by: admin)
            _ = try await store.changeStage(
                id: created.id, ProspectStageRequest(stage: .contacted, date: day(3, 10)), expectedVersion: 1,
                today: today, by: admin)

            await #expect(throws: ProspectError.staleVersion(current: 2)) {
                try await store.delete(id: created.id, expectedVersion: 1, by: admin)
            }
            try await store.delete(id: created.id, expectedVersion: 2, by: admin)
            await #expect(throws: ProspectError.notFound) {
                try await store.delete(id: created.id, expectedVersion: nil, by: admin)
            }

            #expect(try await store.prospect(id: created.id) == nil)
            #expect(try await store.prospect(id: kept.id)?.history.count == 1)
            let histories = try await database.read { sql in
                try await sql.raw("SELECT prospect_id FROM prospect_stage_changes").all(
                    decodingColumn: "prospect_id", as: Int64.self)
            }
            #expect(histories == [kept.id])
            let entries = try await f.services.audit.entries(
                AuditQuery(entityType: .prospect, entityId: String(created.id), action: .delete)
            ).items
            let entry = try #require(entries.first)
            #expect(entries.count == 1 && entry.actor == "admin")
            #expect(entry.changes.contains(FieldChange(field: "stage", before: "contacted", after: nil)))
        }
    }

    @Test(arguments: TestBackend.available)
    func aSignedProspectStaysBesideItsPartnership(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await ProspectStoreTests.Fixture(database)
            let store = f.services.prospects
            let created = try await store.create(f.toulouse(), date: day(3, 1), today: today, by: admin)
            let signed = try await store.changeStage(
                id: created.id, ProspectStageRequest(stage: .signed, date: day(5, 8), kind: .sisterCity),
                expectedVersion: nil, today: today, by: admin)
            let partnership = try #require(signed.partnership?.partnership.id)

            await #expect(throws: ProspectError.signedNotDeleted(partnershipId: partnership)) {
                try await store.delete(id: created.id, expectedVersion: nil, by: admin)
            }

            #expect(try await store.prospect(id: created.id)?.history.count == 2)
            let deletions = try await f.services.audit.entries(AuditQuery(entityType: .prospect, action: .delete))
            #expect(deletions.total == 0)
        }
    }
}
