import Mustache

// The most numerous values (options, labels, a list's rows and their cells) name their fields by hand: no reflection
// at all. A field added to one of these must be added here too: `TemplateModelTests` reads every stored field of
// each through `child(named:)` and compares it with what reflection finds. The cells of the partnership rows name them
// as typed `FastFields`, which `FastTemplate` reads without a cast and which give `child(named:)` too.

extension SelectOption: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "value": .text(value)
        case "label": .text(label)
        case "selected": .flag(selected)
        default: nil
        }
    }
}

extension CodedLabel: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "code": .text(code)
        case "label": .text(label)
        default: nil
        }
    }
}

extension LinkedLabel: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "label": .text(label)
        case "href": .text(href)
        default: nil
        }
    }
}

extension PartnershipCells: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .number(id)
        case "home": .object(home)
        case "partner": .object(partner)
        case "country": .object(country)
        case "kind": .object(kind)
        case "level": .text(level)
        case "established": .text(established)
        case "status": .object(status)
        default: nil
        }
    }
}

extension PartnershipListView.Row: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "partnership": .object(partnership)
        case "partnerZh": .text(partnerZh)
        case "partnerEn": .text(partnerEn)
        case "editHref": editHref.map(FastValue.text)
        case "editTarget": .text(editTarget)
        default: nil
        }
    }
}

extension PartnershipListView: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "filters": .object(filters)
        case "columns": .list(columns.map { .object($0) })
        case "rows": .list(rows.map { .object($0) })
        case "total": .number(Int64(total))
        case "countText": .text(countText)
        case "pagination": pagination.map { .object($0) }
        case "exports": exports.map { .object($0) }
        case "emptyRegistry": emptyRegistry.map { .object($0) }
        case "noMatch": noMatch.map { .object($0) }
        default: nil
        }
    }
}

extension PartnershipListView.Column: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "key": .text(key)
        case "label": .text(label)
        case "href": .text(href)
        case "ariaSort": .text(ariaSort)
        case "indicator": .text(indicator)
        default: nil
        }
    }
}

extension PartnershipListView.Exports: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "csvHref": .text(csvHref)
        case "xlsxHref": .text(xlsxHref)
        case "apiHref": .text(apiHref)
        default: nil
        }
    }
}

extension FilterForm: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "action": .text(action)
        case "resetHref": .text(resetHref)
        case "q": .text(q)
        case "home": .text(home)
        case "from": .text(from)
        case "to": .text(to)
        case "countries": .renderable(countries)
        case "multipleCountries": .flag(multipleCountries)
        case "continents": .renderable(continents)
        case "groups": .renderable(groups)
        case "kinds": .renderable(kinds)
        case "levels": .renderable(levels)
        case "statuses": .renderable(statuses)
        case "multipleStatuses": .flag(multipleStatuses)
        case "fieldErrors": .object(fieldErrors)
        case "hasErrors": .flag(hasErrors)
        case "hidden": .list(hidden.map { .object($0) })
        default: nil
        }
    }
}

extension PartnershipListView.EmptyState: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "message": .text(message)
        case "links": .list(links.map { .object($0) })
        default: nil
        }
    }
}

extension PartnershipListView.Link: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .text(id)
        case "href": .text(href)
        case "label": .text(label)
        default: nil
        }
    }
}
