import Foundation

/// The exchange form's fields as typed, so a refused form comes back with the input kept. `validate` reads them with
/// the import's value readers and name-matching rule, so the form and an exchanges file accept the same values.
public struct ExchangeForm: Sendable, Hashable {
    /// What the exchange was about.
    public var title = ""
    /// The first day.
    public var start = ""
    /// The last day (blank: the start).
    public var end = ""
    /// The kind's code.
    public var kind = ""
    /// Partner names separated by 、 ; , (as in an exchanges file).
    public var partners = ""
    /// Country names or codes, separated the same way.
    public var countries = ""
    /// The organizing unit's id.
    public var unit = ""
    /// The rank's code (blank: not recorded).
    public var rank = ""
    /// The head count (blank: not recorded).
    public var people = ""
    /// The domain codes ticked.
    public var domains: [String] = []
    /// The outcomes.
    public var outcomes = ""
    /// Outgoing delegation members, one a line: `name, unit, title`.
    public var members = ""
    /// The budget in yuan (blank: not recorded).
    public var budget = ""
    /// The actual amount in yuan (blank: not recorded).
    public var actual = ""

    /// An empty form.
    public init() {}

    /// The form as posted (`domains` repeatable).
    public init(fields: [(String, String)]) {
        func value(_ name: String) -> String { fields.first { $0.0 == name }?.1 ?? "" }
        title = value("title")
        start = value("start")
        end = value("end")
        kind = value("kind")
        partners = value("partners")
        countries = value("countries")
        unit = value("unit")
        rank = value("rank")
        people = value("people")
        domains = fields.filter { $0.0 == "domains" }.map(\.1)
        outcomes = value("outcomes")
        members = value("members")
        budget = value("budget")
        actual = value("actual")
    }

    /// The form of a stored exchange: partners by a name that matches them alone, countries by name in `language`.
    public init(exchange: Exchange, importer: ExchangeImporter, language: Language) {
        title = exchange.draft.title
        start = exchange.draft.start.description
        end = exchange.draft.end.description
        kind = exchange.draft.kind.rawValue
        partners = exchange.draft.partnerIds.map { importer.uniqueName(partnerId: $0) }.joined(separator: "、")
        countries = exchange.draft.countries.map { code in
            importer.reference.countries.country(code)?.label.text(language) ?? code
        }.joined(separator: "、")
        unit = exchange.draft.unitId.map(String.init) ?? ""
        rank = exchange.draft.rank?.rawValue ?? ""
        people = exchange.draft.people.map(String.init) ?? ""
        domains = exchange.draft.domains
        outcomes = exchange.draft.outcomes
        members = exchange.draft.members.map(Self.memberLine).joined(separator: "\n")
        budget = exchange.draft.budget?.plain ?? ""
        actual = exchange.draft.actual?.plain ?? ""
    }

    /// A member as one line of the members field.
    public static func memberLine(_ member: DelegationMember) -> String {
        var parts = [member.name, member.unit, member.title]
        while parts.count > 1 && parts.last?.isEmpty == true { parts.removeLast() }
        return parts.joined(separator: ", ")
    }
}

extension ExchangeImporter {
    /// A name of partner `id` that matches that partner alone (Chinese first), for writing back into a form; its id
    /// when every name is shared.
    public func uniqueName(partnerId id: Int64) -> String {
        guard let partner = partnersById[id] else { return String(id) }
        for name in [partner.nameZh, partner.name] where !name.isEmpty {
            if case .success(id) = self.partner(name) { return name }
        }
        return partner.nameZh.isEmpty ? partner.name : partner.nameZh
    }
}
