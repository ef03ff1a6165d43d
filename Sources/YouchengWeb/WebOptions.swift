import Foundation
import YouchengCore

/// What a server adds to its services and configuration: the demo question, and what tests fix or look into.
public struct WebOptions: Sendable {
    /// Whether the registry holds demo data; asked for every page, which then shows the demo banner.
    public var isDemo: @Sendable () async -> Bool
    /// The time pages take as now; the services' clock when nil (tests fix "today" while their clock moves).
    public var now: (@Sendable () -> Date)?
    /// Throws when the database does not answer; the services' ping when nil (tests make it fail).
    var health: (@Sendable () async throws -> Void)?
    /// The slots for import previews and confirmations (tests fill them).
    var importGate = ImportGate()
    /// The registry the handlers use when not the services' own (tests wrap it to make writes fail).
    var repository: (any RegistryRepository)?

    /// Creates the options: no demo banner, the services' clock.
    public init(isDemo: @escaping @Sendable () async -> Bool = { false }, now: (@Sendable () -> Date)? = nil) {
        self.isDemo = isDemo
        self.now = now
    }
}
