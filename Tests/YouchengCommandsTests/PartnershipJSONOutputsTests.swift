import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore

/// `dormant --json`, `anniversaries --json` and the JSON export give a partnership as the same object.
@Suite struct PartnershipJSONOutputsTests {
    let leipzig = PartnershipRecord(
        partnership: Partnership(
            id: 5, homeCode: "320100", partnerId: 9, kind: .sisterCity, established: PartialDate(parsing: "1988-05"),
            status: .active, notes: "首个欧洲友城", version: 2),
        partner: Partner(id: 9, name: "Leipzig", nameZh: "莱比锡", country: "DE"),
        home: Locality(
            code: "320100", name: "南京", fullName: "南京市", nameEn: "Nanjing", level: .city, parentCode: "320000"))

    /// The object worked out by hand from the record above.
    let expected =
        #"{"id":5,"home":{"code":"320100","name":"南京市"},"partner":{"id":9,"name":"Leipzig","nameZh":"莱比锡"},"country":"DE","kind":"sisterCity","established":"1988-05","status":"active"}"#

    func object(_ text: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    @Test func dormantAndAnniversariesEmbedThePartnershipObject() {
        let dormant = ExchangeReports.dormantJSON(
            [DormantRule.Finding(record: leipzig, lastExchange: Day(parsing: "2019-10-08"))])
        let anniversaries = ExchangeReports.anniversariesJSON(
            [Anniversary(record: leipzig, years: 40, date: PartialDate(parsing: "2028-05")!)])

        #expect(
            dormant.serialized(pretty: false) == #"[{"partnership":"# + expected + #","lastExchange":"2019-10-08"}]"#)
        #expect(
            anniversaries.serialized(pretty: false)
                == #"[{"partnership":"# + expected + #","years":40,"date":"2028-05"}]"#)
    }

    @Test func theExportItemIsThePartnershipObjectWithNotes() throws {
        let data = try RegistryFiles.export([leipzig], format: .json, reference: .bundled)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let item = try #require((document["partnerships"] as? [[String: Any]])?.first)
        var withoutNotes = item
        let notes = withoutNotes.removeValue(forKey: "notes") as? String

        #expect(notes == "首个欧洲友城")
        #expect(NSDictionary(dictionary: withoutNotes) == (try object(expected)))
    }
}
