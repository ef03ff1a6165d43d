import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// The route table itself: every case of every route group is in its `all`, and registration puts each route, behind its
/// declared access, where its method and path lead — checked with stand-in handlers that name their route.
@Suite struct RouteTableTests {
    /// The role a stand-in request is signed in with (none: signed out).
    static let roleHeader = HTTPFields.Element.Name("X-Test-Role")!

    /// Signs the request in as a user with the role of `roleHeader`, and answers errors with their status as
    /// `ErrorMiddleware` would.
    struct StandInSession: RouterMiddleware {
        typealias Context = WebRequestContext

        func handle(
            _ request: Request, context: Context, next: (Request, Context) async throws -> Response
        ) async throws -> Response {
            var context = context
            if let role = request.headers[RouteTableTests.roleHeader].flatMap(Role.init(rawValue:)) {
                context.account = Account(
                    user: User(id: 1, username: "someone", unitId: 1, role: role),
                    unit: MemberUnit(
                        id: 1, nameZh: "单位", nameEn: "Unit", kind: .fao, homeCode: nil, contactPerson: ""))
            }
            do {
                return try await next(request, context)
            } catch {
                return Response(status: ErrorPresentation(error)?.status ?? .internalServerError)
            }
        }
    }

    /// Runs `test` against a router holding every route, each answering 200 with its own name.
    static func withStandIns(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = Router(context: WebRequestContext.self)
        router.add(middleware: StandInSession())
        WebRoute.register(on: router) { route in
            { _, _ in Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: String(describing: route)))) }
        }
        try await Application(router: router).test(.router, test)
    }

    /// A path the route's pattern matches: `{id}` as 7, `{name}` as a file name.
    static func samplePath(_ route: some Route) -> String {
        route.pattern.replacingOccurrences(of: "{id}", with: "7").replacingOccurrences(of: "{name}", with: "app.css")
    }

    /// The enum's case name of `route`, without its values.
    static func caseName(_ route: any Route) -> String {
        Mirror(reflecting: route).children.first?.label ?? String(describing: route)
    }

    /// The names of the cases `enum <group>` declares, read from the group's source file.
    static func declaredCaseNames(_ group: String) throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources/YouchengWeb")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let opening = "\nenum \(group): Route {"
        let text = try #require(
            try files.map { try String(contentsOf: $0, encoding: .utf8) }.first { $0.contains(opening) },
            "no file declares \(opening)")
        let body = text.components(separatedBy: opening)[1].components(separatedBy: "\n}")[0]
        var names: Set<String> = []
        for line in body.split(separator: "\n") where line.hasPrefix("    case ") {
            // `case a(id: Int64), b` → a, b: values in parentheses dropped, then one name per comma.
            let list = line.dropFirst("    case ".count).replacingOccurrences(
                of: "\\([^)]*\\)", with: "", options: .regularExpression)
            for name in list.split(separator: ",") { names.insert(name.trimmingCharacters(in: .whitespaces)) }
        }
        return names
    }

    @Test func everyCaseOfEveryGroupIsListedInItsAll() throws {
        var declaredCount = 0
        for group in WebRoute.groups {
            let name = String(describing: group)
            let declared = try Self.declaredCaseNames(name)
            let listed = Set(group.all.map(Self.caseName))
            declaredCount += declared.count

            #expect(!declared.isEmpty, "\(name) declares no case")
            #expect(declared.subtracting(listed).sorted() == [], "declared but missing from \(name).all")
            #expect(listed.subtracting(declared).sorted() == [], "in \(name).all but not found in the enum's source")
        }
        #expect(declaredCount > 50)
    }

    @Test func everyGroupIsRegisteredOnceAndNoRouteTwice() {
        let groups = WebRoute.groups.map { String(describing: $0) }

        #expect(Set(groups).count == groups.count)
        #expect(Set(WebRoute.all).count == WebRoute.all.count)
    }

    @Test func anyRouteEqualsTheSameRouteOfTheSameGroupOnly() {
        let partner = WebRoute(RegistryRoute.partner(id: 1))

        #expect(partner == WebRoute(RegistryRoute.partner(id: 1)))
        #expect(partner != WebRoute(RegistryRoute.partner(id: 2)))
        #expect(WebRoute(MapRoute.map) != WebRoute(RegistryRoute.overview))
        #expect(partner.description == "RegistryRoute.partner(id: 1)")
        #expect(partner.link() == "/partners/1")
    }

    @Test func noTwoRoutesShareAMethodAndAPattern() {
        let keys = WebRoute.all.map { "\($0.method) \($0.pattern)" }

        #expect(Set(keys).count == keys.count)
    }

    @Test func anAdminReachesEveryRoutesOwnHandler() async throws {
        try await Self.withStandIns { client in
            for route in WebRoute.all {
                let response = try await client.execute(
                    uri: Self.samplePath(route), method: route.method, headers: [Self.roleHeader: "admin"])

                #expect(response.status == .ok, "\(route.method) \(route.pattern)")
                #expect(String(buffer: response.body) == String(describing: route), "\(route.method) \(route.pattern)")
            }
        }
    }

    @Test func signedOutOnlyOpenRoutesAnswerAndTheRestAskToSignIn() async throws {
        try await Self.withStandIns { client in
            for route in WebRoute.all {
                let path = Self.samplePath(route)
                let response = try await client.execute(uri: path, method: route.method)

                if route.access == .open {
                    #expect(response.status == .ok, "\(route.method) \(path)")
                } else if WebRoute.speaksJSON(path: path) {
                    #expect(response.status == .unauthorized, "\(route.method) \(path)")
                } else {
                    #expect(response.status == .seeOther, "\(route.method) \(path)")
                    #expect(response.headers[.location] == AccountRoute.login.link([("next", path)]))
                }
            }
        }
    }

    @Test(arguments: [Role.viewer, .editor])
    func aRoleIsRefusedEveryRouteItsAccessDoesNotAdmit(role: Role) async throws {
        try await Self.withStandIns { client in
            for route in WebRoute.all {
                let response = try await client.execute(
                    uri: Self.samplePath(route), method: route.method, headers: [Self.roleHeader: role.rawValue])
                let admitted =
                    route.access == .open || route.access == .signedIn
                    || (route.access == .writer && role == .editor)

                #expect(response.status == (admitted ? .ok : .forbidden), "\(role) \(route.method) \(route.pattern)")
            }
        }
    }

    @Test func accessLevelsAdmitTheRolesThePolicyNames() {
        func principal(_ role: Role) -> Principal { Principal(role: role, unitId: 1, unitHomeCode: nil) }
        let admitted: [RouteAccess: Set<Role>] = [
            .open: [.admin, .editor, .viewer], .signedIn: [.admin, .editor, .viewer], .writer: [.admin, .editor],
            .admin: [.admin],
        ]

        for access in RouteAccess.allCases {
            let roles = Set(Role.allCases.filter { access.admits(principal($0)) })
            #expect(roles == admitted[access], "\(access)")
        }
    }
}
