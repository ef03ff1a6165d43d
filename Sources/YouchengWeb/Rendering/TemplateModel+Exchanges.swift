import Mustache

// The exchange pages' rows, named by hand like the values in `TemplateModel+HandWritten.swift`, and checked the same
// way by `TemplateModelTests` (`/dormant` and `/exchanges` print hundreds of them).

extension DormantView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "home": home
        case "partner": partner
        case "country": country
        case "established": established
        case "lastExchange": lastExchange
        case "never": never
        default: nil
        }
    }
}

extension ExchangeRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "dates": dates
        case "kind": kind
        case "title": title
        case "editHref": editHref
        case "deleteHref": deleteHref
        case "partners": partners
        case "countries": countries
        case "unit": unit
        case "rank": rank
        case "people": people
        case "domains": domains
        case "breaches": breaches
        case "flagged": flagged
        default: nil
        }
    }
}

extension ExchangeRow.PartnerLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": href
        default: nil
        }
    }
}
