import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@Suite struct ImportPagesTests {
    static let boundary = "----YouchengTestBoundary7MA4YWxkTrZu0gW"

    static func multipart(file: String, filename: String = "registry.csv", home: String = "") -> ByteBuffer {
        var body = ""
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"home\"\r\n\r\n\(home)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(file)\r\n--\(boundary)--\r\n"
        return ByteBuffer(string: body)
    }

    func upload(_ site: WebTestSite, _ body: ByteBuffer) async throws -> TestResponse {
        try await site.client.execute(
            uri: "/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(Self.boundary)"],
            body: body)
    }

    /// The confirm form's token in a report page.
    func token(_ html: String) -> String? {
        html.components(separatedBy: "name=\"token\" value=\"").dropFirst().first.map {
            String($0.prefix { $0 != "\"" })
        }
    }

    @Test func uploadShowsTheDryRunAndConfirmStoresIt() async throws {
        try await WebTestSite.run { site in
            let csv = "外方城市,外方城市英文名,国家,类型,结好时间\n坦佩雷,Tampere,芬兰,友好交流城市,2019\n名古屋市,Nagoya,日本,友好城市,1978-12-21\n"

            let report = try await upload(site, Self.multipart(file: csv, home: "南京"))

            #expect(report.status == .ok)
            #expect(report.text.contains("data-count=\"created\"><dt>新增</dt><dd>1</dd>"))
            #expect(report.text.contains("data-count=\"unchanged\"><dt>不变</dt><dd>1</dd>"))
            #expect(try await site.store.count() == 8)  // a dry run stores nothing
            let confirmToken = try #require(self.token(report.text))

            let result = try await site.post("/import/confirm", form: [("token", confirmToken)])
            let again = try await site.post("/import/confirm", form: [("token", confirmToken)])

            #expect(result.status == .ok)
            #expect(result.text.contains("id=\"import-result\" data-stored=\"true\""))
            #expect(try await site.store.count() == 9)
            #expect(again.status == .gone)  // a token is used once
        }
    }

    @Test func badRowsAreListedInBothLanguagesAndNothingCanBeConfirmed() async throws {
        try await WebTestSite.run { site in
            let csv = "本地主体,外方城市英文名,国家,结好时间\n南京,Tampere,芬兰,2019-13-45\n南京,Atlantis City,Atlantis,2000\n"

            let report = try await upload(site, Self.multipart(file: csv))

            #expect(report.status == .unprocessableContent)
            #expect(report.text.contains("第 2 行 结好时间「2019-13-45」不是有效日期"))
            #expect(report.text.contains("row 2, established: &quot;2019-13-45&quot; is not a valid date"))
            #expect(report.text.contains("class=\"row-error field-error\""))
            #expect(report.text.contains("data-count=\"rejected\"><dt>有误</dt><dd>2</dd>"))
            #expect(token(report.text) == nil)
            #expect(report.text.contains("文件没有「类型」列"))  // the remark about the missing kind column
            #expect(try await site.store.count() == 8)
        }
    }

    @Test func unreadableFileIsShownOnTheFormWithAMessage() async throws {
        try await WebTestSite.run { site in
            let response = try await upload(site, Self.multipart(file: "PK\u{3}\u{4}garbage", filename: "broken.xlsx"))

            #expect(response.status == .badRequest)
            #expect(response.text.contains("id=\"import-error\""))
            #expect(response.text.contains("id=\"import-form\""))
        }
    }

    @Test func missingFileAndMalformedBodiesAreBadRequests() async throws {
        try await WebTestSite.run { site in
            let noFile = try await upload(site, ByteBuffer(string: "--\(Self.boundary)--\r\n"))
            let garbage = try await upload(site, ByteBuffer(string: "this is not multipart"))
            let noBoundary = try await site.client.execute(
                uri: "/import", method: .post, headers: [.contentType: "multipart/form-data"],
                body: ByteBuffer(string: "x"))

            #expect(noFile.status == .badRequest)
            #expect(garbage.status == .badRequest)
            #expect(noBoundary.status == .unsupportedMediaType)
        }
    }

    @Test func unknownTokenIsGone() async throws {
        try await WebTestSite.run { site in
            let response = try await site.post("/import/confirm", form: [("token", "nope")])

            #expect(response.status == .gone)
            #expect(response.text.contains("重新上传"))
        }
    }
}
