import Testing

@testable import YouchengWeb

@Suite struct QueryStringTests {
    @Test func parsesPlusPercentAndRepeatedNames() throws {
        let query = try QueryString(
            parsing: "q=St.+Louis&country=JP&country=us&home=%E5%8D%97%E4%BA%AC&flag&=x&bad=%zz")

        #expect(query["q"] == "St. Louis")
        #expect(query.values("country") == ["JP", "us"])
        #expect(query["home"] == "南京")
        #expect(query["flag"] == "")
        #expect(query["bad"] == "%zz")
    }

    @Test func refusesBytesThatAreNotUTF8() {
        #expect(throws: WebError.self) { try QueryString(parsing: "q=%FF") }
        #expect(throws: WebError.self) { try QueryString(bytes: [0x71, 0x3D, 0xC3, 0x28]) }
    }

    @Test func encodingRoundTrips() throws {
        let original = QueryString([("q", "a&b=c d/é"), ("home", "南京市"), ("sort", "-established")])

        let parsed = try QueryString(parsing: original.encoded)

        #expect(parsed == original)
        #expect(original.encoded.allSatisfy { $0.isASCII })
    }
}
