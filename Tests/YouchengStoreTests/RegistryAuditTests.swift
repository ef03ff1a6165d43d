import Foundation
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct RegistryAuditTests {
    let draft = PartnershipDraft(
        homeCode: "320100", partnerName: "Florence", partnerNameZh: "佛罗伦萨", country: "IT", kind: .sisterCity,
        established: PartialDate(year: 1980, month: 2, day: 22), status: .active, notes: "")
    let alice = AuditActor(username: "alice", unitId: 7)

    /// One database per backend for all the cases, run in turn: each PostgreSQL test holds its own connections, and
    /// the parallel suite is near the server's client limit.
    @Test(arguments: TestBackend.available)
    func registryWritesAreAuditedInTheirTransaction(backend: TestBackend) async throws {
        for check in [
            createThenUpdateAreAuditedWithBeforeAndAfter, staleVersionRefusalWritesNothing,
            importWritesOneImportEntryAndOneEntryPerChangedPartnership, refusedImportWritesNoEntries, exportIsAudited,
            savingUnchangedWritesNothing, changedMeanwhileComesFromTheEntriesAfterTheBaseVersion,
            deleteRemovesThePartnershipKeepsThePartnerAndAuditsTheLastValues,
        ] as [(Database) async throws -> Void] {
            try await backend.withDatabase { database in try await check(database) }
        }
    }

    func entries(_ database: Database) async throws -> [AuditEntry] {
        try await AuditStore(database: database).entries(AuditQuery(per: 500)).items.reversed()
    }

    func createThenUpdateAreAuditedWithBeforeAndAfter(_ database: Database) async throws {
        do {
            let store = RegistryStore(database: database, reference: .bundled)
            let created = try await store.save(draft, id: nil, expectedVersion: nil, actor: alice)
            var edit = draft
            edit.notes = "renewed"
            edit.status = .suspended
            _ = try await store.save(edit, id: created.partnership.id, expectedVersion: 1, actor: alice)

            let log = try await entries(database)
            let id = String(created.partnership.id)
            #expect(log.map(\.action) == [.create, .update])
            #expect(log.allSatisfy { $0.actor == "alice" && $0.unitId == 7 && $0.entityType == .partnership })
            #expect(log.allSatisfy { $0.entityId == id })
            #expect(
                log[0].changes == [
                    FieldChange(field: "home", before: nil, after: "320100"),
                    FieldChange(field: "partner", before: nil, after: "Florence"),
                    FieldChange(field: "partner_zh", before: nil, after: "佛罗伦萨"),
                    FieldChange(field: "country", before: nil, after: "IT"),
                    FieldChange(field: "kind", before: nil, after: "sisterCity"),
                    FieldChange(field: "established", before: nil, after: "1980-02-22"),
                    FieldChange(field: "status", before: nil, after: "active"),
                    FieldChange(field: "version", before: nil, after: "1"),
                ])
            #expect(
                log[1].changes == [
                    FieldChange(field: "status", before: "active", after: "suspended"),
                    FieldChange(field: "notes", before: nil, after: "renewed"),
                    FieldChange(field: "version", before: "1", after: "2"),
                ])
        }
    }

    func savingUnchangedWritesNothing(_ database: Database) async throws {
        do {
            let store = RegistryStore(database: database, reference: .bundled)
            let created = try await store.save(draft, id: nil, expectedVersion: nil, actor: alice)

            let again = try await store.save(draft, id: created.partnership.id, expectedVersion: 1, actor: alice)

            #expect(again.partnership.version == 1)
            #expect(try await store.partnership(id: created.partnership.id)?.partnership.version == 1)
            #expect(try await entries(database).map(\.action) == [.create])
        }
    }

    func changedMeanwhileComesFromTheEntriesAfterTheBaseVersion(_ database: Database) async throws {
        do {
            let store = RegistryStore(database: database, reference: .bundled)
            let id = try await store.save(draft, id: nil, expectedVersion: nil, actor: alice).partnership.id
            var edit = draft
            edit.status = .suspended
            _ = try await store.save(edit, id: id, expectedVersion: 1, actor: alice)
            edit.notes = "renewed"
            edit.status = .active
            let bob = AuditActor(username: "bob", unitId: 8)
            _ = try await store.save(edit, id: id, expectedVersion: 2, actor: bob)

            let history = try await entries(database)
            let sinceOne = ChangedMeanwhile(history: history, since: 1)
            let sinceTwo = ChangedMeanwhile(history: history, since: 2)

            // From version 1: status went active → suspended → active (left out), notes none → renewed.
            #expect(sinceOne.entries.map(\.actor) == ["alice", "bob"])
            #expect(sinceOne.fields == [FieldChange(field: "notes", before: nil, after: "renewed")])
            #expect(sinceTwo.entries.map(\.actor) == ["bob"])
            #expect(
                sinceTwo.fields == [
                    FieldChange(field: "status", before: "suspended", after: "active"),
                    FieldChange(field: "notes", before: nil, after: "renewed"),
                ])
        }
    }

    func deleteRemovesThePartnershipKeepsThePartnerAndAuditsTheLastValues(_ database: Database) async throws {
        do {
            let store = RegistryStore(database: database, reference: .bundled)
            let created = try await store.save(draft, id: nil, expectedVersion: nil, actor: alice)
            var edit = draft
            edit.notes = "typo"
            _ = try await store.save(edit, id: created.partnership.id, expectedVersion: 1, actor: alice)

            await #expect(throws: RegistryError.staleVersion(current: 2)) {
                try await store.delete(id: created.partnership.id, expectedVersion: 1, actor: alice)
            }
            let deleted = try await store.delete(id: created.partnership.id, expectedVersion: 2, actor: alice)
            await #expect(throws: RegistryError.notFound) {
                try await store.delete(id: created.partnership.id, expectedVersion: nil, actor: alice)
            }

            #expect(deleted.partnership.notes == "typo")
            #expect(try await store.partnership(id: created.partnership.id) == nil)
            #expect(try await store.partner(id: created.partner.id)?.partnerships.isEmpty == true)
            let log = try await entries(database)
            #expect(log.map(\.action) == [.create, .update, .delete])
            #expect(log[2].entityId == String(created.partnership.id) && log[2].actor == "alice")
            #expect(log[2].changes.first == FieldChange(field: "home", before: "320100", after: nil))
            #expect(log[2].changes.contains(FieldChange(field: "notes", before: "typo", after: nil)))
            #expect(log[2].changes.last == FieldChange(field: "version", before: "2", after: nil))
        }
    }

    func staleVersionRefusalWritesNothing(_ database: Database) async throws {
        do {
            let store = RegistryStore(database: database, reference: .bundled)
            let created = try await store.save(draft, id: nil, expectedVersion: nil, actor: alice)
            var edit = draft
            edit.notes = "first edit"
            _ = try await store.save(edit, id: created.partnership.id, expectedVersion: 1, actor: alice)
            edit.notes = "stale"
            await #expect(throws: RegistryError.staleVersion(current: 2)) {
                try await store.save(edit, id: created.partnership.id, expectedVersion: 1, actor: alice)
            }
            #expect(try await entries(database).map(\.action) == [.create, .update])
        }
    }

    func importWritesOneImportEntryAndOneEntryPerChangedPartnership(_ database: Database) async throws {
        do {
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(try plannedRows(sampleTable), dryRun: true, actor: alice)
            #expect(try await entries(database).isEmpty)

            _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: alice)
            var log = try await entries(database)
            #expect(log.map(\.action) == [.imported, .create, .create, .create, .create])
            #expect(log.allSatisfy { $0.actor == "alice" })
            #expect(log[0].entityType == .registry)
            #expect(log[0].changes.contains(FieldChange(field: "created", before: nil, after: "4")))
            #expect(log[1].changes.contains(FieldChange(field: "partner", before: nil, after: "Nagoya")))

            var changed = sampleTable
            changed[1][6] = "终止"
            _ = try await store.apply(try plannedRows(changed), dryRun: false, actor: .system)
            log = try await entries(database)
            #expect(log.count == 7)
            #expect(log[5].action == .imported && log[5].actor == "system")
            #expect(log[5].changes.contains(FieldChange(field: "updated", before: nil, after: "1")))
            #expect(log[6].action == .update && log[6].entityId == log[1].entityId)
            #expect(
                log[6].changes == [
                    FieldChange(field: "status", before: "active", after: "ended"),
                    FieldChange(field: "version", before: "1", after: "2"),
                ])
        }
    }

    func refusedImportWritesNoEntries(_ database: Database) async throws {
        do {
            let store = RegistryStore(database: database, reference: .bundled)
            // 大阪 and Osaka resolve to one partner: the file is refused inside the write transaction.
            let rows = try plannedRows([
                ["home", "partner", "partner_zh", "country"], ["南京市", "Osaka", "大阪", "JP"], ["南京市", "", "大阪", "JP"],
            ])
            await #expect(throws: RegistryError.self) { try await store.apply(rows, dryRun: false, actor: alice) }
            #expect(try await entries(database).isEmpty)
            #expect(try await store.count() == 0)
        }
    }

    /// An audit insert that fails after the import entry and the rows are written takes everything back (SQLite: a
    /// PostgreSQL error raised mid-transaction disturbs the other tests' schemas running in parallel).
    @Test func importFailingMidwayWritesNoEntries() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            try await database.withConnection { sql in
                try await sql.raw(
                    """
                    CREATE TRIGGER refuse_create BEFORE INSERT ON audit_log WHEN NEW.action = 'create'
                    BEGIN SELECT RAISE(ABORT, 'refused'); END
                    """
                ).run()
            }
            await #expect(throws: (any Error).self) {
                try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: alice)
            }
            #expect(try await entries(database).isEmpty)
            #expect(try await store.count() == 0)
        }
    }

    func exportIsAudited(_ database: Database) async throws {
        do {
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: .system)
            let query = try PartnershipQuery(parameters: [("q", "nagoya")], reference: .bundled)
            let records = try await store.export(query, format: "csv", actor: alice)
            let last = try #require(try await entries(database).last)
            #expect(last.action == .exported && last.actor == "alice" && last.entityType == .registry)
            #expect(
                last.changes == [
                    FieldChange(field: "format", before: nil, after: "csv"),
                    FieldChange(field: "filter", before: nil, after: "q=nagoya"),
                    FieldChange(field: "rows", before: nil, after: String(records.count)),
                ])
            #expect(records.count == 2)
        }
    }
}
