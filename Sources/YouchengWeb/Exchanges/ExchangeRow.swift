import YouchengCore

/// One exchange in the list.
struct ExchangeRow: Sendable {
    /// A partner with the link to its page.
    struct PartnerLink: Sendable {
        let name: String
        let href: String
    }

    let id: Int64
    let dates: String
    let kind: CodedLabel
    let title: String
    /// The edit form, for a user who may change the exchange.
    let editHref: String?
    let deleteHref: String?
    let partners: [PartnerLink]
    let countries: String
    let unit: String
    let rank: String
    let people: String
    let domains: String
    /// The compliance rules the exchange breaks, as text; empty when it keeps them.
    let breaches: [String]
    let flagged: Bool

    init(_ exchange: Exchange, lookups: ExchangeContext, display: Display, mayEdit: Bool) {
        let language = display.language
        id = exchange.id
        let draft = exchange.draft
        dates =
            draft.start == draft.end
            ? draft.start.description : "\(draft.start.description) – \(draft.end.description)"
        kind = CodedLabel(draft.kind, display)
        title = draft.title
        editHref = mayEdit ? ExchangeRoute.editExchange(id: exchange.id).link() : nil
        deleteHref = mayEdit ? ExchangeRoute.deleteExchangeConfirm(id: exchange.id).link() : nil
        let partners = lookups.partnersById
        self.partners = draft.partnerIds.map { id in
            PartnerLink(
                name: partners[id].map(display.partner) ?? "#\(id)", href: RegistryRoute.partner(id: id).link())
        }
        countries = draft.countries.map(display.country).joined(separator: language == .zh ? "、" : ", ")
        unit = lookups.unitName(draft.unitId, language)
        rank = draft.rank?.label.text(language) ?? ""
        people = draft.people.map(String.init) ?? ""
        domains = draft.domains.map { lookups.domainsByCode[$0]?.label.text(language) ?? $0 }
            .joined(separator: language == .zh ? "、" : ", ")
        breaches = lookups.rules.check(draft).map { $0.message.text(language) }
        flagged = !breaches.isEmpty
    }
}
