import Foundation
import Testing

@testable import YouchengWeb

@Suite struct MultipartTests {
    @Test func boundaryIsReadFromTheContentTypeQuotedOrNot() {
        #expect(Multipart.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(Multipart.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b;c\"") == "a b;c")
        #expect(Multipart.boundary(contentType: "application/json; boundary=abc") == nil)
        #expect(Multipart.boundary(contentType: "multipart/form-data") == nil)
    }

    @Test func partsKeepNamesFilenamesAndExactBytes() throws {
        let binary: [UInt8] = [0, 13, 10, 45, 45, 255, 13, 10]
        let body =
            Array("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"home\"\r\n\r\n南京\r\n".utf8)
            + Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名单 \\\"1\\\".xlsx\"\r\n".utf8)
            + Array("Content-Type: application/octet-stream\r\n\r\n".utf8) + binary
            + Array("\r\n--XyZ\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--XyZ--\r\n".utf8)

        let parts = try Multipart.parse(body, boundary: "XyZ")

        #expect(parts.map(\.name) == ["home", "file", "empty"])
        #expect(try parts[0].text() == "南京")
        #expect(parts[1].filename == "名单 \"1\".xlsx")
        #expect(parts[1].contentType == "application/octet-stream")
        #expect(Array(parts[1].body) == binary)
        #expect(parts[2].body.isEmpty)
    }

    @Test func extendedFilenameIsDecoded() throws {
        let header = "Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''%E5%90%8D%E5%8D%95.csv"
        let body = Array("--b\r\n\(header)\r\n\r\nx\r\n--b--".utf8)

        let parts = try Multipart.parse(body, boundary: "b")

        #expect(parts.first?.filename == "名单.csv")
    }

    @Test(arguments: [
        "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
        "--b\r\nno colon here\r\n\r\nx\r\n--b--",
        "--b\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--b--",
        "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--",
        "nothing here", "--b", "--bX\r\n",
    ])
    func malformedBodiesAreRefused(body: String) {
        #expect(throws: WebError.self) { try Multipart.parse(Array(body.utf8), boundary: "b") }
    }
}
