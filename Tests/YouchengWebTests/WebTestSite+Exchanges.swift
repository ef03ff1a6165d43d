import Foundation
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// Exchanges stored straight through the store, for the exchange page tests.
extension WebTestSite {
    /// The id of the sample partner with English name `name`.
    func partnerId(_ name: String) async throws -> Int64 {
        try #require(try await store.all(PartnershipQuery()).first { $0.partner.name == name }?.partner.id)
    }

    /// The unit of user `username`.
    func unitId(of username: String) async throws -> Int64 {
        try #require(try await accounts.users.user(username: username)?.unitId)
    }

    /// Stores an exchange (one day unless `end` is given) and returns it.
    @discardableResult
    func addExchange(
        _ title: String, start: String, end: String? = nil, kind: ExchangeKind = .incomingDelegation,
        partners: [String] = [], countries: [String] = [], unit: Int64? = nil, rank: LeaderRank? = nil,
        people: Int? = nil, domains: [String] = [], outcomes: String = ""
    ) async throws -> Exchange {
        var ids: [Int64] = []
        for name in partners { ids.append(try await partnerId(name)) }
        let first = try #require(Day(parsing: start))
        return try await exchanges.save(
            ExchangeDraft(
                title: title, start: first, end: end.flatMap { Day(parsing: $0) } ?? first, kind: kind, partnerIds: ids,
                countries: countries, unitId: unit, rank: rank, people: people, domains: domains, outcomes: outcomes),
            id: nil, expectedVersion: nil, actor: .system)
    }

    /// The ids of the exchanges table's rows (`data-exchange-id`) in page order.
    static func exchangeIds(_ html: String) -> [Int64] {
        html.components(separatedBy: "data-exchange-id=\"").dropFirst().compactMap {
            Int64($0.prefix { $0.isNumber })
        }
    }
}
