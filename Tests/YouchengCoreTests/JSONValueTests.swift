import Testing
import YouchengCore

/// `JSONValue` writes compact and indented JSON, and sorts keys by code point when asked.
@Suite struct JSONValueTests {
    let value = JSONValue.object([
        ("zeta", .array([.int(1), .object([("b", .null), ("a", .bool(true))])])),
        ("é", .string("x")),
        ("alpha", .object([])),
        ("z", .array([])),
    ])

    @Test func keysAreWrittenInTheirOwnOrderUnlessSortingIsAsked() {
        #expect(
            String(decoding: value.bytes(), as: UTF8.self)
                == #"{"zeta":[1,{"b":null,"a":true}],"é":"x","alpha":{},"z":[]}"#)
        // By code point: "alpha" < "z" < "zeta" < "é" (U+00E9 comes after every ASCII letter), nested objects too.
        let sorted = #"{"alpha":{},"z":[],"zeta":[1,{"a":true,"b":null}],"é":"x"}"#
        #expect(String(decoding: value.bytes(sortingKeys: true), as: UTF8.self) == sorted)
    }

    @Test func prettyOutputIndentsEachMemberByTwoSpaces() {
        let small = JSONValue.object([("a", .array([.int(1), .string("中")])), ("b", .object([]))])
        #expect(small.serialized() == "{\n  \"a\": [\n    1,\n    \"中\"\n  ],\n  \"b\": {}\n}")
    }
}
