import Foundation
import Testing
import YouchengCore

@Suite struct PartnershipJSONTests {
    func record(established: String?) -> PartnershipRecord {
        PartnershipRecord(
            partnership: Partnership(
                id: 7, homeCode: "320100", partnerId: 3, kind: .friendshipCity,
                established: established.flatMap { PartialDate(parsing: $0) }, status: .suspended,
                notes: "经贸为主", version: 4),
            partner: Partner(id: 3, name: "Leipzig", nameZh: "莱比锡", country: "DE"),
            home: Locality(
                code: "320100", name: "南京", fullName: "南京市", nameEn: "Nanjing", level: .city, parentCode: "320000"))
    }

    @Test func thePartnershipObjectHasTheSevenKeysInOrderAndNullWhenUndated() {
        let dated = PartnershipJSON(record(established: "1988-05")).value.serialized(pretty: false)
        let undated = PartnershipJSON(record(established: nil)).value.serialized(pretty: false)

        #expect(
            dated
                == #"{"id":7,"home":{"code":"320100","name":"南京市"},"partner":{"id":3,"name":"Leipzig","nameZh":"莱比锡"},"country":"DE","kind":"friendshipCity","established":"1988-05","status":"suspended"}"#
        )
        #expect(undated.contains(#""established":null,"#))
    }

    @Test func extraKeysComeAfterTheCommonOnes() {
        let both = PartnershipJSON(record(established: nil), extra: [.notes, .version]).value.serialized(pretty: false)

        #expect(both.hasSuffix(#""status":"suspended","notes":"经贸为主","version":4}"#))
    }

    @Test func encodingThroughJSONEncoderGivesTheSameObject() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(PartnershipJSON(record(established: nil))), as: UTF8.self)

        #expect(
            text
                == #"{"country":"DE","established":null,"home":{"code":"320100","name":"南京市"},"id":7,"kind":"friendshipCity","partner":{"id":3,"name":"Leipzig","nameZh":"莱比锡"},"status":"suspended"}"#
        )
    }
}
