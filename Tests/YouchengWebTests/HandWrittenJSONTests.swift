import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// The partnership list written by hand reads as `JSONEncoder` (sorted keys, slashes as they are) wrote it.
@Suite struct HandWrittenJSONTests {
    /// The list as the API encoded it before: the common object with notes and version, then page, per, total.
    struct EncodedList: Encodable {
        let items: [PartnershipJSON]
        let page: Int
        let per: Int
        let total: Int
    }

    func record(_ id: Int64, name: String, nameZh: String, notes: String, established: String?) -> PartnershipRecord {
        PartnershipRecord(
            partnership: Partnership(
                id: id, homeCode: "320500", partnerId: id + 100, kind: .sisterCity,
                established: established.flatMap { PartialDate(parsing: $0) }, status: .active, notes: notes),
            partner: Partner(id: id + 100, name: name, nameZh: nameZh, country: "DE"),
            home: Locality(
                code: "320500", name: "苏州", fullName: "苏州市", nameEn: "Suzhou", level: .city, parentCode: "320000"))
    }

    func encoded(_ page: PartnershipPage) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let list = EncodedList(
            items: page.items.map(PartnershipJSON.apiItem), page: page.page, per: page.per, total: page.total)
        return String(decoding: try encoder.encode(list), as: UTF8.self)
    }

    func handWritten(_ page: PartnershipPage) -> String {
        // What the API writes (`JSONResponse.response(json:)`): the bytes with keys sorted as they are written.
        String(decoding: PartnershipListJSON(page).value.bytes(sortingKeys: true), as: UTF8.self)
    }

    @Test func theListIsByteForByteWhatTheEncoderWrote() throws {
        let page = PartnershipPage(
            items: [
                record(
                    1, name: "Köln / Cologne", nameZh: "科隆", notes: "line 1\nline 2\t\"quoted\" \\ back",
                    established: "1988-10"),
                record(
                    2, name: "Saint-Étienne", nameZh: "", notes: "e\u{301} 🇩🇪 \u{1} \u{1F} \u{7F} \u{2028}",
                    established: nil),
                record(3, name: "Orléans", nameZh: "奥尔良", notes: "", established: "2001-05-12"),
            ], total: 53, page: 2, per: 25)
        #expect(handWritten(page) == (try encoded(page)))
        let empty = PartnershipPage(items: [], total: 0, page: 1, per: 25)
        #expect(handWritten(empty) == (try encoded(empty)))
    }

    /// Backspace and form feed are the one difference: written as `\u0008`/`\u000c`, read back as the same text.
    @Test func backspaceAndFormFeedReadBackTheSame() throws {
        let page = PartnershipPage(
            items: [record(1, name: "A\u{8}B\u{C}C", nameZh: "", notes: "", established: nil)], total: 1, page: 1,
            per: 25)
        let text = handWritten(page)
        #expect(text.contains(#""A\u0008B\u000cC""#))
        let read = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let items = try #require(read?["items"] as? [[String: Any]])
        #expect((items.first?["partner"] as? [String: Any])?["name"] as? String == "A\u{8}B\u{C}C")
    }
}
