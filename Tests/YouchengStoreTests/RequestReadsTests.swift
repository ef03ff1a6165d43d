import Foundation
import Logging
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// A request reads the registry's change counter with its session, once (`RequestReads`): it reads the registry as it
/// was then, its own writes included; the next request reads the counter afresh.
@Suite struct RequestReadsTests {
    func draft(_ name: String) -> PartnershipDraft {
        PartnershipDraft(
            homeCode: "320100", partnerName: name, partnerNameZh: "", country: "FI", kind: .sisterCity,
            established: PartialDate(year: 2001), status: .active, notes: "")
    }

    func names(_ store: RegistryStore) async throws -> [String] {
        try await store.all(PartnershipQuery()).map(\.partner.name).sorted()
    }

    @Test(arguments: TestBackend.available)
    func aRequestReadsTheRegistryAsOfItsSessionAndItsOwnWrites(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let clock = TestClock(Date(timeIntervalSince1970: 1_795_406_400))
            let services = Services.forTests(database, clock: clock)
            let unit = try await services.accounts.units.create(MemberUnit.defaultDraft, by: .system)
            let user = try await services.accounts.users.create(
                username: "admin", password: "correct-horse-1", unitId: unit.id, role: .admin, by: .system)
            let session = try await services.accounts.sessions.create(userId: user.id)
            let store = services.registry
            _ = try await store.save(draft("Tampere"), id: nil, expectedVersion: nil, actor: .system)
            let other = try await Database.open(
                database.url, logger: Logger(label: "test"), poolSize: 2, migrate: false)
            let second = RegistryStore(database: other, reference: .bundled)
            let requests: (atStart: [String], afterOther: [String], afterOwn: [String], next: [String])
            do {
                let (atStart, afterOther, afterOwn) = try await RequestReads.during {
                    _ = try await services.accounts.sessions.find(id: session.id)
                    let atStart = try await names(store)
                    // Another server (a task of its own, not this request's) writes while this request runs: this
                    // request goes on with what its session read.
                    let turku = draft("Turku")
                    _ = try await Task.detached {
                        try await second.save(turku, id: nil, expectedVersion: nil, actor: .system)
                    }.value
                    let afterOther = try await names(store)
                    // This request writes: it reads the counter again, and sees both.
                    _ = try await store.save(draft("Oulu"), id: nil, expectedVersion: nil, actor: .system)
                    return (atStart, afterOther, try await names(store))
                }
                // Between the two requests the other server writes again; the next request sees it.
                _ = try await second.save(draft("Lahti"), id: nil, expectedVersion: nil, actor: .system)
                let nextRequest = try await RequestReads.during {
                    _ = try await services.accounts.sessions.find(id: session.id)
                    return try await names(store)
                }
                requests = (atStart, afterOther, afterOwn, nextRequest)
            } catch {
                await other.close()
                throw error
            }
            await other.close()

            #expect(requests.atStart == ["Tampere"])
            #expect(requests.afterOther == ["Tampere"])
            #expect(requests.afterOwn == ["Oulu", "Tampere", "Turku"])
            #expect(requests.next == ["Lahti", "Oulu", "Tampere", "Turku"])
        }
    }
}
