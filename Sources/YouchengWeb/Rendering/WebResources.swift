import Foundation

/// Where the module's bundled resources (templates, labels, static files) are.
enum WebResources {
    /// The `Resources` folder copied into the bundle.
    static var directory: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
                throw WebResourcesError.missing("Resources")
            }
            return url
        }
    }
}

/// A resource that is part of the build could not be found or read: a broken installation.
enum WebResourcesError: Error, CustomStringConvertible {
    /// The named file or folder is missing.
    case missing(String)
    /// A template did not parse.
    case badTemplate(String, any Error)
    /// `FastTemplate` rendered a page otherwise than swift-mustache (checked in debug builds): where they part.
    case fastDiffers(String, at: String)

    var description: String {
        switch self {
        case .missing(let name): "missing web resource \(name)"
        case .badTemplate(let name, let error): "template \(name) does not parse: \(error)"
        case .fastDiffers(let name, let place): "template \(name) renders otherwise by FastTemplate, \(place)"
        }
    }
}
