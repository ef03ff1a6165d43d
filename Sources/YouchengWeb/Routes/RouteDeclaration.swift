import Hummingbird

/// A route's handler.
typealias WebHandler = @Sendable (Request, WebRequestContext) async throws -> Response

/// Makes a route's handler from what the handlers work with.
typealias MakeHandler = @Sendable (WebDependencies) -> WebHandler

/// What a route declares once: its method, its path, who may use it and its handler. The router's pattern and every
/// link are printed from the same path, so they cannot drift apart; the handler is made from the dependencies only
/// when the route is registered, never when a link is printed.
struct RouteDeclaration: Sendable {
    /// The HTTP method the route answers.
    let method: HTTPRequest.Method
    /// The path, one segment at a time.
    let segments: [PathSegment]
    /// Who may use the route; registration enforces it before the handler runs.
    let access: RouteAccess
    /// Makes the route's handler from what the handlers work with (called once, at registration).
    let handler: MakeHandler

    /// A route answering GET.
    static func get(_ segments: [PathSegment], _ access: RouteAccess, _ make: @escaping MakeHandler) -> Self {
        Self(method: .get, segments: segments, access: access, handler: make)
    }

    /// A route answering POST.
    static func post(_ segments: [PathSegment], _ access: RouteAccess, _ make: @escaping MakeHandler) -> Self {
        Self(method: .post, segments: segments, access: access, handler: make)
    }

    /// A route answering PATCH.
    static func patch(_ segments: [PathSegment], _ access: RouteAccess, _ make: @escaping MakeHandler) -> Self {
        Self(method: .patch, segments: segments, access: access, handler: make)
    }

    /// A route answering PUT.
    static func put(_ segments: [PathSegment], _ access: RouteAccess, _ make: @escaping MakeHandler) -> Self {
        Self(method: .put, segments: segments, access: access, handler: make)
    }

    /// A route answering DELETE.
    static func delete(_ segments: [PathSegment], _ access: RouteAccess, _ make: @escaping MakeHandler) -> Self {
        Self(method: .delete, segments: segments, access: access, handler: make)
    }

    /// The router's pattern, with `{id}` and `{name}` captures.
    var pattern: String { "/" + segments.map(\.pattern).joined(separator: "/") }

    /// The concrete path, with the route's values in place of the captures.
    var path: String { "/" + segments.map(\.text).joined(separator: "/") }
}

/// One segment of a route's path: fixed text, or a value the route carries.
enum PathSegment: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Fixed text (`partnerships`, `edit`, `partnerships.csv`).
    case literal(String)
    /// A record's id, captured as `{id}` (read back with `context.pathID()`).
    case id(Int64)
    /// A file name, captured as `{name}`.
    case name(String)

    init(stringLiteral value: String) { self = .literal(value) }

    /// How the router matches the segment.
    var pattern: String {
        switch self {
        case .literal(let text): text
        case .id: "{id}"
        case .name: "{name}"
        }
    }

    /// How a link prints the segment.
    var text: String {
        switch self {
        case .literal(let text): text
        case .id(let id): String(id)
        case .name(let name): QueryString.escape(name)
        }
    }
}
