import Hummingbird

/// Importing a spreadsheet: the upload, its dry-run report and storing it.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum ImportRoute: Route {
    /// The upload form.
    case importForm
    /// The upload's target: the dry-run report.
    case importPreview
    /// Storing a previewed upload.
    case importConfirm
    /// The confirmation's address loaded with GET (a reload): redirects to the upload form.
    case importConfirmReload

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [ImportRoute] = [
        .importForm, .importPreview, .importConfirm, .importConfirmReload,
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .importForm: .get(["import"], .writer) { ImportPages(dependencies: $0).form }
        case .importPreview: .post(["import"], .writer) { ImportPages(dependencies: $0).preview }
        case .importConfirm: .post(["import", "confirm"], .writer) { ImportPages(dependencies: $0).confirm }
        case .importConfirmReload:
            .get(["import", "confirm"], .signedIn) { ImportPages(dependencies: $0).confirmReload }
        }
    }
}
