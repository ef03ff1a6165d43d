import Foundation
import Logging
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Uploads kept in the database between an import's preview and its confirmation.
@Suite struct PendingImportStoreTests {
    let file = Data("外方城市,国家\n坦佩雷,芬兰\n".utf8)

    @Test(arguments: TestBackend.available)
    func onlyTheUploaderTakesAnUploadAndOnlyOnce(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let pending = PendingImportStore(database: database, now: fixture.clock.function)
            let id = try await pending.keep(data: file, filename: "registry.csv", home: "南京", userId: fixture.alice.id)

            let byOther = try await pending.take(id, userId: fixture.admin.id)
            let taken = try await pending.take(id, userId: fixture.alice.id)
            let again = try await pending.take(id, userId: fixture.alice.id)

            #expect(byOther == nil)
            #expect(taken?.data == file && taken?.filename == "registry.csv" && taken?.home == "南京")
            #expect(taken?.created == fixture.clock.now)
            #expect(again == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func aRestoredUploadCanBeTakenAgain(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let pending = PendingImportStore(database: database, now: fixture.clock.function)
            let id = try await pending.keep(data: file, filename: nil, home: "", userId: fixture.alice.id)
            let taken = try #require(try await pending.take(id, userId: fixture.alice.id))

            try await pending.restore(id, taken)

            #expect(try await pending.take(id, userId: fixture.alice.id) == taken)
        }
    }

    @Test(arguments: TestBackend.available)
    func uploadsExpireAfterThirtyMinutes(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let pending = PendingImportStore(database: database, now: fixture.clock.function)
            let early = try await pending.keep(data: file, filename: nil, home: "", userId: fixture.alice.id)
            fixture.clock.advance(20 * 60)
            let late = try await pending.keep(data: file, filename: nil, home: "", userId: fixture.alice.id)
            fixture.clock.advance(10 * 60)  // `early` is 30 minutes old, `late` 10

            #expect(try await pending.count() == 1)
            #expect(try await pending.take(early, userId: fixture.alice.id) == nil)
            #expect(try await pending.take(late, userId: fixture.alice.id) != nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func theOldestUploadsMakeRoomWhenTheBytesWouldPassTheCap(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            // Room for two 40-byte files, not three.
            let pending = PendingImportStore(database: database, maxTotalBytes: 100, now: fixture.clock.function)
            let forty = Data(repeating: 65, count: 40)
            var ids: [String] = []
            for _ in 0..<3 {
                ids.append(try await pending.keep(data: forty, filename: nil, home: "", userId: fixture.alice.id))
                fixture.clock.advance(1)
            }

            #expect(try await pending.count() == 2)
            #expect(try await pending.take(ids[0], userId: fixture.alice.id) == nil)
            #expect(try await pending.take(ids[1], userId: fixture.alice.id) != nil)
            #expect(try await pending.take(ids[2], userId: fixture.alice.id) != nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func anUploadKeptThroughOneConnectionPoolIsTakenThroughAnother(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            // A second server: its own connections to the same database.
            let other = try await Database.open(
                database.url, logger: Logger(label: "test"), poolSize: 1, migrate: false)
            let serverA = PendingImportStore(database: database, now: fixture.clock.function)
            let serverB = PendingImportStore(database: other, now: fixture.clock.function)
            let id = try await serverA.keep(data: file, filename: "r.csv", home: "", userId: fixture.alice.id)

            let onB = try await serverB.take(id, userId: fixture.alice.id)
            let againOnA = try await serverA.take(id, userId: fixture.alice.id)
            await other.close()

            #expect(onB?.data == file)
            #expect(againOnA == nil)
        }
    }
}
