import Testing
import YouchengStore

@Suite struct BcryptHasherTests {
    @Test func aHashVerifiesItsPasswordAndNoOther() async {
        let hasher = BcryptHasher(cost: 4)

        let hash = await hasher.hash("correct-horse-1")
        let again = await hasher.hash("correct-horse-1")

        #expect(hash.hasPrefix("$2b$04$") && hash.count == 60)
        #expect(hash != again)  // salted
        #expect(await hasher.verify("correct-horse-1", against: hash))
        #expect(await !hasher.verify("correct-horse-2", against: hash))
        #expect(await !hasher.verify("correct-horse-1", against: "not a bcrypt hash"))
    }

    @Test func theCostIsTwelveByDefaultAndStaysInBcryptsRange() {
        #expect(BcryptHasher().cost == 12)
        #expect(BcryptHasher(cost: 1).cost == 4)
        #expect(BcryptHasher(cost: 40).cost == 31)
    }
}
