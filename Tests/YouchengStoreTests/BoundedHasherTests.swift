import Foundation
import Testing
import YouchengCore
import YouchengStore

/// The bound on password hashes running at once.
@Suite struct BoundedHasherTests {
    @Test func noMoreHashesAndChecksRunAtOnceThanTheLimitAllows() async {
        let probe = ProbeHasher()
        let limit = HashingLimit(maxConcurrent: 2)
        let passwords = BoundedHasher(probe, limit: limit)
        let tokens = BoundedHasher(probe, limit: limit)  // shares the two slots

        let results = await withTaskGroup(of: String.self) { group in
            for index in 0..<6 { group.addTask { await passwords.hash("password-\(index)") } }
            for index in 0..<6 {
                group.addTask { await tokens.verify("token-\(index)", against: "hash") ? "match" : "no match" }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }

        #expect(results.count == 12)
        #expect(results.filter { $0 == "match" }.count == 6)
        #expect(probe.calls == 12)
        #expect(probe.mostAtOnce <= 2)
    }

    @Test func aLimitHasAtLeastOneSlot() async {
        #expect(HashingLimit(maxConcurrent: 0).maxConcurrent == 1)
    }
}

/// A hasher that gives other tasks many chances to start while it "works", and notes how many ran at once.
// @unchecked: the counters are read and written only while holding `lock`.
private final class ProbeHasher: PasswordHasher, @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private var most = 0
    private var count = 0

    var calls: Int { lock.withLock { count } }
    var mostAtOnce: Int { lock.withLock { most } }

    func hash(_ password: String) async -> String {
        await work()
        return "hash"
    }

    func verify(_ password: String, against hash: String) async -> Bool {
        await work()
        return true
    }

    private func work() async {
        lock.withLock {
            running += 1
            count += 1
            most = max(most, running)
        }
        for _ in 0..<200 { await Task.yield() }
        lock.withLock { running -= 1 }
    }
}
