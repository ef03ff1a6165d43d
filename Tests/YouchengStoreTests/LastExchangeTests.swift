import Foundation
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The last exchange kept per partner, on both databases: every write of exchanges keeps it equal to the latest
/// start among the partner's exchanges, and the dormant list reads it.
@Suite struct LastExchangeTests {
    typealias Fixture = ExchangeStoreTests.Fixture

    func day(_ text: String) -> Day { Day(parsing: text)! }

    func trip(_ f: Fixture, _ start: String, _ title: String, partners: [Int64]) -> ExchangeDraft {
        ExchangeDraft(
            title: title, start: day(start), end: day(start), kind: .outgoingDelegation, partnerIds: partners,
            countries: ["IT"], unitId: f.unit, rank: .city, people: 3, domains: ["trade"], outcomes: "")
    }

    /// The kept table as it is, and the same figure grouped from the exchanges, by partner id.
    func keptAndComputed(_ database: Database) async throws -> (kept: [Int64: String], computed: [Int64: String]) {
        try await database.withConnection { sql in
            func read(_ query: SQLQueryString) async throws -> [Int64: String] {
                var out: [Int64: String] = [:]
                for row in try await sql.raw(query).all() {
                    out[try row.decode(column: "partner_id", as: Int64.self)] = try row.decode(
                        column: "last_day", as: String.self)
                }
                return out
            }
            return (
                try await read("SELECT partner_id, last_day FROM partner_last_exchanges"),
                try await read(
                    """
                    SELECT ep.partner_id, MAX(e.start_day) AS last_day FROM exchange_partners ep
                    JOIN exchanges e ON e.id = ep.exchange_id GROUP BY ep.partner_id
                    """)
            )
        }
    }

    /// The kept exchange days as they are, and the same days read from the exchanges, as "partner day" lines.
    func keptAndComputedDays(_ database: Database) async throws -> (kept: Set<String>, computed: Set<String>) {
        try await database.withConnection { sql in
            func read(_ query: SQLQueryString) async throws -> Set<String> {
                Set(
                    try await sql.raw(query).all().map {
                        "\(try $0.decode(column: "partner_id", as: Int64.self)) \(try $0.decode(column: "day", as: String.self))"
                    })
            }
            return (
                try await read("SELECT partner_id, day FROM partner_exchange_days"),
                try await read(
                    """
                    SELECT ep.partner_id, e.start_day AS day FROM exchange_partners ep
                    JOIN exchanges e ON e.id = ep.exchange_id
                    """)
            )
        }
    }

    /// Checks the kept values against `expected` (worked out by hand) and against the exchanges themselves, and the
    /// kept exchange days against the exchanges.
    func expectKept(_ database: Database, _ expected: [Int64: String], _ step: Comment) async throws {
        let (kept, computed) = try await keptAndComputed(database)
        #expect(kept == expected, step)
        #expect(kept == computed, step)
        let (keptDays, computedDays) = try await keptAndComputedDays(database)
        #expect(keptDays == computedDays, step)
    }

    @Test(arguments: TestBackend.available)
    func saveEditDeleteAndImportKeepEachPartnersLastExchange(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let (fl, le) = (f.florence, f.leipzig)
            func save(_ draft: ExchangeDraft, id: Int64? = nil) async throws -> Exchange {
                try await f.exchanges.save(draft, id: id, expectedVersion: nil, actor: .system)
            }
            try await expectKept(database, [:], "nothing stored")

            let a = try await save(trip(f, "2020-05-01", "A", partners: [fl]))
            let b = try await save(trip(f, "2022-03-10", "B", partners: [fl, le]))
            let c = try await save(trip(f, "2021-07-01", "C", partners: [le]))
            try await expectKept(database, [fl: "2022-03-10", le: "2022-03-10"], "three saved")

            _ = try await save(trip(f, "2019-01-15", "B", partners: [fl, le]), id: b.id)
            try await expectKept(database, [fl: "2020-05-01", le: "2021-07-01"], "B moved earlier")

            _ = try await save(trip(f, "2023-09-09", "A", partners: [fl]), id: a.id)
            try await expectKept(database, [fl: "2023-09-09", le: "2021-07-01"], "A moved later")

            _ = try await save(trip(f, "2021-07-01", "C", partners: [fl]), id: c.id)
            try await expectKept(database, [fl: "2023-09-09", le: "2019-01-15"], "C's partner changed")

            _ = try await f.exchanges.delete(id: a.id, expectedVersion: nil, actor: .system)
            try await expectKept(database, [fl: "2021-07-01", le: "2019-01-15"], "A deleted")

            // The import creates D and gives C back to Leipzig.
            let plan = ExchangeImportPlan(
                rows: [
                    ExchangeRow(
                        line: 2, title: "C", start: day("2021-07-01"), end: day("2021-07-01"),
                        kind: .outgoingDelegation, partnerIds: [le], countries: ["IT"], unitName: "外办", rank: .city,
                        people: 3, domains: ["trade"]),
                    ExchangeRow(
                        line: 3, title: "D", start: day("2024-02-02"), end: day("2024-02-02"),
                        kind: .incomingDelegation, partnerIds: [le], countries: ["DE"]),
                ], errors: [], newUnits: [])
            let dry = try await f.exchanges.apply(plan, dryRun: true, actor: .system)
            #expect(dry.created == 1 && dry.updated == 1)
            try await expectKept(database, [fl: "2021-07-01", le: "2019-01-15"], "dry run rolled back")
            _ = try await f.exchanges.apply(plan, dryRun: false, actor: .system)
            try await expectKept(database, [fl: "2019-01-15", le: "2024-02-02"], "imported")

            _ = try await f.exchanges.delete(id: b.id, expectedVersion: nil, actor: .system)
            try await expectKept(database, [le: "2024-02-02"], "B deleted: Florence has none left")
        }
    }

    @Test(arguments: TestBackend.available)
    func theLastExchangeAsOfADayIgnoresPlannedOnesAfterIt(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            for (start, title, partners) in [
                ("2021-04-01", "past", [f.florence]), ("2027-01-10", "planned", [f.florence, f.leipzig]),
                ("2026-12-01", "on the day", [f.leipzig]),
            ] {
                _ = try await f.exchanges.save(
                    trip(f, start, title, partners: partners), id: nil, expectedVersion: nil, actor: .system)
            }

            let asOf = try await f.exchanges.lastExchanges(asOf: day("2026-12-01"))
            let later = try await f.exchanges.lastExchanges(asOf: day("2030-01-01"))
            let before = try await f.exchanges.lastExchanges(asOf: day("2021-03-31"))

            #expect(asOf == [f.florence: day("2021-04-01"), f.leipzig: day("2026-12-01")])
            #expect(later == [f.florence: day("2027-01-10"), f.leipzig: day("2027-01-10")])
            #expect(before == [:])
        }
    }

    @Test(arguments: TestBackend.available)
    func aBackupFromBeforeTheTableRestoresWithTheLastExchangesFilledIn(backend: TestBackend) async throws {
        try await backend.withDatabase { source in
            let file = try await Self.backup(
                source, schema: 6, without: ["partner_last_exchanges", "partner_exchange_days"])
            defer { try? FileManager.default.removeItem(atPath: file) }

            try await backend.withDatabase { target in
                let restored = try await Backup.restore(from: file, into: target)

                #expect(!restored.contains { $0.table == "partner_last_exchanges" })
                // The fixture's one exchange, 2025-04-01, with partner 12 (Kanazawa).
                try await expectKept(target, [12: "2025-04-01"], "restored")
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aBackupFromBeforeTheExchangeDaysRestoresWithThemFilledIn(backend: TestBackend) async throws {
        try await backend.withDatabase { source in
            let file = try await Self.backup(source, schema: 9, without: ["partner_exchange_days"])
            defer { try? FileManager.default.removeItem(atPath: file) }

            try await backend.withDatabase { target in
                let restored = try await Backup.restore(from: file, into: target)
                let (days, _) = try await keptAndComputedDays(target)

                #expect(!restored.contains { $0.table == "partner_exchange_days" })
                // The fixture's one exchange, 2025-04-01, with partner 12 (Kanazawa).
                #expect(days == ["12 2025-04-01"])
                let last = try await ExchangeStore(database: target).lastExchanges(asOf: day("2025-12-31"))
                #expect(last == [12: day("2025-04-01")])
            }
        }
    }

    /// A backup of `source` filled with `BackupFixture`, in a temporary file, rewritten as `asBefore` does.
    static func backup(_ source: Database, schema: Int, without tables: Set<String>) async throws -> String {
        try await BackupFixture.fill(source)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "youcheng-backup-\(UUID().uuidString).ycb"
        ).path
        _ = try await Backup.write(source, to: file)
        try asBefore(file, schema: schema, without: tables)
        return file
    }

    /// Rewrites a backup as one written at `schema`: without `tables`, with as many tables fewer at its end.
    static func asBefore(_ file: String, schema: Int, without tables: Set<String>) throws {
        var kept: [String] = []
        var skipping = false
        for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init) {
            let record = line.hasPrefix("[") ? nil : BackupRecord(line: line)
            if let table = record?.table, tables.contains(table) { skipping = true }
            if !skipping {
                if var record, record.format != nil {
                    record.schema = schema
                    kept.append(record.line)
                } else if var record, record.end == BackupRecord.formatName, let count = record.tables {
                    record.tables = count - tables.count
                    kept.append(record.line)
                } else {
                    kept.append(line)
                }
            }
            if let end = record?.end, tables.contains(end) { skipping = false }
        }
        try (kept.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    }
}
