import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@testable import YouchengWeb

/// Two servers behind a load balancer: two applications, each with its own connections, on one database.
@Suite struct TwoServersTests {
    /// A server on `database`: its own stores, import slots and pending-upload store, as `serve` builds them.
    func server(_ database: Database, clock: TestClock) throws -> some ApplicationProtocol {
        var configuration = WebConfiguration()
        configuration.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let router = try buildRouter(
            services: Services.forTests(database, clock: clock), configuration: configuration)
        return Application(router: router)
    }

    /// An admin `admin` with a session on `database`, and the second server's own connections to it (to close).
    func adminSignedIn(_ database: Database, clock: TestClock) async throws
        -> (other: Database, accounts: AccountStores, session: Session)
    {
        let accounts = AccountStores.forTests(database, clock: clock)
        let unit = try await accounts.units.create(MemberUnit.defaultDraft, by: .system)
        let user = try await accounts.users.create(
            username: "admin", password: WebTestSite.password, unitId: unit.id, role: .admin, by: .system)
        let session = try await accounts.sessions.create(userId: user.id)
        let other = try await Database.open(database.url, logger: Logger(label: "test"), poolSize: 2, migrate: false)
        return (other, accounts, session)
    }

    @Test(arguments: TestBackend.available)
    func anImportPreviewedOnOneServerIsConfirmedOnTheOtherOnce(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let clock = TestClock(WebTestSite.fixedNow)
            let (other, _, session) = try await adminSignedIn(database, clock: clock)
            let cookie: HTTPFields = [.cookie: "\(SessionMiddleware.cookieName)=\(session.id)"]
            let csv = "本地主体,外方城市,外方城市英文名,国家\n南京市,坦佩雷,Tampere,芬兰\n南京市,名古屋市,Nagoya,日本\n"
            var body = ByteBuffer(
                string:
                    "--\(ImportPagesTests.boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(session.csrfToken)\r\n"
            )
            var file = ImportPagesTests.multipart(file: csv)
            body.writeBuffer(&file)
            let upload = body
            var multipartHeaders = cookie
            multipartHeaders[.contentType] = "multipart/form-data; boundary=\(ImportPagesTests.boundary)"
            var formHeaders = cookie
            formHeaders[.contentType] = "application/x-www-form-urlencoded"
            let (multipart, form) = (multipartHeaders, formHeaders)
            let confirm = ByteBuffer(string: "_csrf=\(session.csrfToken)&token=")

            do {
                try await server(database, clock: clock).test(.router) { serverA in
                    try await server(other, clock: clock).test(.router) { serverB in
                        let report = try await serverA.execute(
                            uri: "/import", method: .post, headers: multipart, body: upload)
                        let token = try #require(ImportPagesTests.token(report.text))
                        var body = confirm
                        body.writeString(token)

                        let onB = try await serverB.execute(
                            uri: "/import/confirm", method: .post, headers: form, body: body)
                        let againOnA = try await serverA.execute(
                            uri: "/import/confirm", method: .post, headers: form, body: body)

                        #expect(onB.status == .ok && onB.text.contains("data-stored=\"true\""))
                        #expect(againOnA.status == .gone)
                    }
                }
            } catch {
                await other.close()
                throw error
            }
            await other.close()
            let stored = try await RegistryStore(database: database, reference: .bundled).all(PartnershipQuery())
            #expect(stored.map(\.partner.name).sorted() == ["Nagoya", "Tampere"])
        }
    }
}
