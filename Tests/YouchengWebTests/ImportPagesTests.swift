import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

@Suite struct ImportPagesTests {
    static let boundary = "----YouchengTestBoundary7MA4YWxkTrZu0gW"

    static func multipart(file: String, filename: String = "registry.csv", home: String = "") -> ByteBuffer {
        var body = ""
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"home\"\r\n\r\n\(home)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(file)\r\n--\(boundary)--\r\n"
        return ByteBuffer(string: body)
    }

    /// POSTs `body` to `/import` in the site's session, with a `_csrf` part first unless the body has one.
    static func upload(_ site: WebTestSite, _ body: ByteBuffer) async throws -> TestResponse {
        var body = body
        if let session = site.session, !String(buffer: body).contains("name=\"_csrf\"") {
            var withToken = ByteBuffer(
                string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(session.csrf)\r\n")
            withToken.writeBuffer(&body)
            body = withToken
        }
        return try await site.execute(
            uri: "/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(Self.boundary)"],
            body: body)
    }

    /// The confirm form's token in a report page.
    static func token(_ html: String) -> String? {
        html.components(separatedBy: "name=\"token\" value=\"").dropFirst().first.map {
            String($0.prefix { $0 != "\"" })
        }
    }

    @Test func uploadShowsTheDryRunAndConfirmStoresIt() async throws {
        try await WebTestSite.run { site in
            let csv = "外方城市,外方城市英文名,国家,类型,结好时间\n坦佩雷,Tampere,芬兰,友好交流城市,2019\n名古屋市,Nagoya,日本,友好城市,1978-12-21\n"

            let report = try await Self.upload(site, Self.multipart(file: csv, home: "南京"))

            #expect(report.status == .ok)
            #expect(report.text.contains("data-count=\"created\"><dt>新增</dt><dd>1</dd>"))
            #expect(report.text.contains("data-count=\"unchanged\"><dt>不变</dt><dd>1</dd>"))
            #expect(try await site.store.count() == 8)  // a dry run stores nothing
            let confirmToken = try #require(Self.token(report.text))

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

            let report = try await Self.upload(site, Self.multipart(file: csv))

            #expect(report.status == .unprocessableContent)
            #expect(report.text.contains("第 2 行 结好时间「2019-13-45」不是有效日期"))
            #expect(report.text.contains("row 2, established: &quot;2019-13-45&quot; is not a valid date"))
            #expect(report.text.contains("class=\"row-error field-error\""))
            #expect(report.text.contains("data-count=\"rejected\"><dt>有误</dt><dd>2</dd>"))
            #expect(Self.token(report.text) == nil)
            #expect(report.text.contains("文件没有「类型」列"))  // the remark about the missing kind column
            #expect(try await site.store.count() == 8)
        }
    }

    @Test func unreadableFileIsShownOnTheFormWithAMessage() async throws {
        try await WebTestSite.run { site in
            let response = try await Self.upload(
                site, Self.multipart(file: "PK\u{3}\u{4}garbage", filename: "broken.xlsx"))

            #expect(response.status == .badRequest)
            #expect(response.text.contains("id=\"import-error\""))
            #expect(response.text.contains("id=\"import-form\""))
        }
    }

    @Test func missingFileAndMalformedBodiesAreBadRequests() async throws {
        try await WebTestSite.run { site in
            let noFile = try await Self.upload(site, ByteBuffer(string: "--\(Self.boundary)--\r\n"))
            let garbage = try await Self.upload(site, ByteBuffer(string: "this is not multipart"))
            let noBoundary = try await site.execute(
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

    static let newRow = "本地主体,外方城市英文名,国家\n南京,Tampere,FI\n"

    @Test func onlyAnUploadThatCanBeConfirmedIsKept() async throws {
        try await WebTestSite.run { site in
            let unchanged = try await Self.upload(site, Self.multipart(file: "本地主体,外方城市英文名,国家\n南京,Nagoya,JP\n"))
            let refused = try await Self.upload(site, Self.multipart(file: "本地主体,外方城市英文名,国家\n南京,Atlantis,XX\n"))

            #expect(unchanged.text.contains("id=\"import-nothing\"") && Self.token(unchanged.text) == nil)
            #expect(Self.token(refused.text) == nil)
            #expect(try await site.pendingImports.count() == 0)

            let new = try await Self.upload(site, Self.multipart(file: Self.newRow))

            #expect(Self.token(new.text) != nil)
            #expect(try await site.pendingImports.count() == 1)
        }
    }

    @Test func doubleClickedConfirmationStoresOnceAndTheSecondIsGone() async throws {
        try await WebTestSite.run { site in
            let report = try await Self.upload(site, Self.multipart(file: Self.newRow))
            let token = try #require(Self.token(report.text))

            async let first = site.post("/import/confirm", form: [("token", token)])
            async let second = site.post("/import/confirm", form: [("token", token)])
            let statuses = try await [first.status.code, second.status.code].sorted()

            #expect(statuses == [200, 410])
            #expect(try await site.store.count() == 9)
            #expect(try await site.pendingImports.count() == 0)
        }
    }

    @Test func confirmationThatFailsToStoreCanBeTriedAgain() async throws {
        let failing = FailingWrites()
        try await WebTestSite.run(repository: { StoreWithFailingWrites(store: $0, failing: failing) }) { site in
            let report = try await Self.upload(site, Self.multipart(file: Self.newRow))
            let token = try #require(Self.token(report.text))
            await failing.failNext()

            let failed = try await site.post("/import/confirm", form: [("token", token)])
            let retried = try await site.post("/import/confirm", form: [("token", token)])

            #expect(failed.status == .internalServerError)
            #expect(retried.status == .ok)
            #expect(try await site.store.count() == 9)
        }
    }

    @Test func importsBeyondTheConcurrentLimitAreAskedToTryAgain() async throws {
        try await WebTestSite.run { site in
            #expect(await site.importGate.enter())
            #expect(await site.importGate.enter())

            let busy = try await Self.upload(site, Self.multipart(file: Self.newRow))
            let busyConfirm = try await site.post("/import/confirm", form: [("token", "whatever")])
            await site.importGate.leave()
            let served = try await Self.upload(site, Self.multipart(file: Self.newRow))

            #expect(busy.status == .serviceUnavailable)
            #expect(busy.text.contains("服务器正在处理其他导入，请稍后再试"))
            #expect(busy.text.contains("the server is busy with other imports; try again in a moment"))
            #expect(busyConfirm.status == .serviceUnavailable)
            #expect(served.status == .ok)
        }
    }

    @Test func gateLetsTwoImportsRunAtOnce() async {
        let gate = ImportGate()

        let first = await gate.enter()
        let second = await gate.enter()
        let third = await gate.enter()
        await gate.leave()
        let fourth = await gate.enter()

        #expect(ImportGate.defaultLimit == 2)
        #expect(first && second && !third && fourth)
    }

    @Test func emptyFileSaysSoRatherThanAskingForAFile() async throws {
        try await WebTestSite.run { site in
            let empty = try await Self.upload(site, Self.multipart(file: "", filename: "名单.csv"))
            let none = try await Self.upload(site, Self.multipart(file: "", filename: ""))

            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("文件「名单.csv」是空的"))
            #expect(!empty.text.contains("请选择要导入的文件"))
            #expect(none.status == .badRequest)
            #expect(none.text.contains("请选择要导入的文件"))
        }
    }

    @Test func confirmationAddressLoadedDirectlyGoesBackToTheUploadForm() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/import/confirm")

            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/import")
        }
    }
}

/// Makes the next import write fail, as a database that goes away would.
actor FailingWrites {
    private var failing = false

    func failNext() { failing = true }

    /// Whether this write fails (only once).
    func consume() -> Bool {
        defer { failing = false }
        return failing
    }
}

/// The real store, with import writes that fail when `failing` says so.
struct StoreWithFailingWrites: RegistryRepository {
    struct WriteFailed: Error {}

    let store: RegistryStore
    let failing: FailingWrites

    func apply(_ rows: [RegistryRow], dryRun: Bool, actor: AuditActor, editor: Principal?) async throws
        -> ImportReport
    {
        if !dryRun, await failing.consume() { throw WriteFailed() }
        return try await store.apply(rows, dryRun: dryRun, actor: actor, editor: editor)
    }

    func list(_ query: PartnershipQuery) async throws -> PartnershipPage { try await store.list(query) }
    func all(_ query: PartnershipQuery) async throws -> [PartnershipRecord] { try await store.all(query) }
    func partnership(id: Int64) async throws -> PartnershipRecord? { try await store.partnership(id: id) }
    func partners() async throws -> [Partner] { try await store.partners() }
    func partner(id: Int64) async throws -> (partner: Partner, partnerships: [PartnershipRecord])? {
        try await store.partner(id: id)
    }
    func summaryEntries(homeCodes: [String]?, asOf: PartialDate) async throws -> [SituationSummary.Entry] {
        try await store.summaryEntries(homeCodes: homeCodes, asOf: asOf)
    }
    func save(_ draft: PartnershipDraft, id: Int64?, expectedVersion: Int?, actor: AuditActor) async throws
        -> PartnershipRecord
    {
        try await store.save(draft, id: id, expectedVersion: expectedVersion, actor: actor)
    }
    func export(_ query: PartnershipQuery, format: String, actor: AuditActor) async throws -> [PartnershipRecord] {
        try await store.export(query, format: format, actor: actor)
    }
    func delete(id: Int64, expectedVersion: Int?, actor: AuditActor) async throws -> PartnershipRecord {
        try await store.delete(id: id, expectedVersion: expectedVersion, actor: actor)
    }
    func count() async throws -> Int { try await store.count() }
}
