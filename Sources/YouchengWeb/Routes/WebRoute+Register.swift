import Hummingbird
import YouchengCore

extension WebRoute {
    /// Registers every route of every group on `router`, each with the handler its declaration makes from
    /// `dependencies`, behind its declared access.
    static func register(on router: Router<WebRequestContext>, dependencies: WebDependencies) {
        register(on: router) { $0.declaration.handler(dependencies) }
    }

    /// Registers every route of `all` on `router` with the handler `handler` gives it, after the check of the route's
    /// access: a handler runs only for a request its route admits. Tests register stand-in handlers here.
    static func register(
        on router: Router<WebRequestContext>, handler: (WebRoute) -> WebHandler
    ) {
        for route in all {
            let access = route.access
            let handle = handler(route)
            router.on(RouterPath(route.pattern), method: route.method) { request, context in
                if let refusal = try access.refusal(request, context) { return refusal }
                return try await handle(request, context)
            }
        }
    }
}
