import Mustache

// The most numerous values (options, labels, a list's rows and their cells) name their fields by hand: no reflection
// at all. A field added to one of these must be added here too: `TemplateModelTests` reads every stored field of
// each through `child(named:)` and compares it with what reflection finds.

extension SelectOption: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}

extension CodedLabel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "label": label
        default: nil
        }
    }
}

extension LinkedLabel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        default: nil
        }
    }
}

extension PartnershipCells: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "home": home
        case "partner": partner
        case "country": country
        case "kind": kind
        case "level": level
        case "established": established
        case "status": status
        default: nil
        }
    }
}

extension PartnershipListView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "partnership": partnership
        case "partnerZh": partnerZh
        case "partnerEn": partnerEn
        case "editHref": editHref.map { $0 as Any }
        case "editTarget": editTarget
        default: nil
        }
    }
}

extension PartnershipListView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "filters": filters
        case "columns": columns
        case "rows": rows
        case "total": total
        case "countText": countText
        case "pagination": pagination
        case "exports": exports
        case "emptyRegistry": emptyRegistry
        case "noMatch": noMatch
        default: nil
        }
    }
}

extension PartnershipListView.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "label": label
        case "href": href
        case "ariaSort": ariaSort
        case "indicator": indicator
        default: nil
        }
    }
}

extension PartnershipListView.Exports: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "csvHref": csvHref
        case "xlsxHref": xlsxHref
        case "apiHref": apiHref
        default: nil
        }
    }
}

extension FilterForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "action": action
        case "resetHref": resetHref
        case "q": q
        case "home": home
        case "from": from
        case "to": to
        case "countries": countries
        case "multipleCountries": multipleCountries
        case "continents": continents
        case "groups": groups
        case "kinds": kinds
        case "levels": levels
        case "statuses": statuses
        case "multipleStatuses": multipleStatuses
        case "fieldErrors": fieldErrors
        case "hasErrors": hasErrors
        case "hidden": hidden
        default: nil
        }
    }
}
