/// A member of an outgoing delegation.
public struct DelegationMember: Sendable, Hashable, Codable {
    /// The member's name.
    public var name: String
    /// Their unit (as written; members may come from outside the member units).
    public var unit: String
    /// Their title.
    public var title: String

    /// Creates a member.
    public init(name: String, unit: String = "", title: String = "") {
        self.name = name
        self.unit = unit
        self.title = title
    }
}

/// An exchange as stored: its id and version around the draft that says what it was (a visit, a trip, an event, a
/// letter … with the partners and countries involved).
public struct Exchange: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// The version, for edits.
    public var version: Int
    /// What the exchange was: title, dates, kind, partners, countries, unit, rank, people, domains, outcomes, members.
    public var draft: ExchangeDraft

    /// Creates an exchange.
    public init(id: Int64, version: Int = 1, draft: ExchangeDraft) {
        self.id = id
        self.version = version
        self.draft = draft
    }
}
