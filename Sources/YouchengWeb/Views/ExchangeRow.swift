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
    let kind: String
    let kindCode: String
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
        dates =
            exchange.start == exchange.end
            ? exchange.start.description : "\(exchange.start.description) – \(exchange.end.description)"
        kind = exchange.kind.label.text(language)
        kindCode = exchange.kind.rawValue
        title = exchange.title
        editHref = mayEdit ? WebRoute.editExchange(id: exchange.id).link() : nil
        deleteHref = mayEdit ? WebRoute.deleteExchangeConfirm(id: exchange.id).link() : nil
        let partners = lookups.partnersById
        self.partners = exchange.partnerIds.map { id in
            PartnerLink(
                name: partners[id].map(display.partner) ?? "#\(id)", href: WebRoute.partner(id: id).link())
        }
        countries = exchange.countries.map(display.country).joined(separator: language == .zh ? "、" : ", ")
        unit = lookups.unitName(exchange.unitId, language)
        rank = exchange.rank?.label.text(language) ?? ""
        people = exchange.people.map(String.init) ?? ""
        domains = exchange.domains.map { lookups.domainsByCode[$0]?.label.text(language) ?? $0 }
            .joined(separator: language == .zh ? "、" : ", ")
        breaches = lookups.rules.check(exchange).map { $0.message.text(language) }
        flagged = !breaches.isEmpty
    }
}
