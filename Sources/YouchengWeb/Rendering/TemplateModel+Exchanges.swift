import Mustache

// The exchange pages' models, named by hand like the values in `TemplateModel+HandWritten.swift` and checked the same
// way by `TemplateModelTests`: `/dormant` prints hundreds of rows and `/exchanges` a page of them with a long filter
// form, and as typed `FastFields` both are rendered by `FastTemplate` (reflection was most of their time).

extension DormantView: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "title": .text(title)
        case "filters": .object(filters)
        case "rows": .list(rows.map { .object($0) })
        case "countText": .text(countText)
        default: nil
        }
    }
}

extension DormantView.Row: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .number(id)
        case "home": .object(home)
        case "partner": .object(partner)
        case "country": .text(country)
        case "established": .text(established)
        case "lastExchange": .text(lastExchange)
        case "never": .flag(never)
        default: nil
        }
    }
}

extension ReportFilterForm: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .text(id)
        case "action": .text(action)
        case "fields": .list(fields.map { .object($0) })
        default: nil
        }
    }
}

extension ReportFilterForm.Field: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .text(id)
        case "name": .text(self.name)
        case "label": .text(label)
        case "value": .text(value)
        case "input": .object(input)
        default: nil
        }
    }
}

extension ReportFilterForm.Input: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "type": .text(type)
        case "placeholder": placeholder.map(FastValue.text)
        case "min": min.map { .number(Int64($0)) }
        case "max": max.map { .number(Int64($0)) }
        default: nil
        }
    }
}

extension ExchangeListView: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "filters": .object(filters)
        case "columns": .list(columns.map { .object($0) })
        case "rows": .list(rows.map { .object($0) })
        case "total": .number(Int64(total))
        case "countText": .text(countText)
        case "pagination": pagination.map { .object($0) }
        case "csvHref": .text(csvHref)
        case "xlsxHref": .text(xlsxHref)
        case "newHref": newHref.map(FastValue.text)
        case "notice": notice.map(FastValue.text)
        case "empty": empty.map { .object($0) }
        case "noMatch": noMatch.map { .object($0) }
        default: nil
        }
    }
}

extension ExchangeFilterForm: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "action": .text(action)
        case "resetHref": .text(resetHref)
        case "from": .text(from)
        case "to": .text(to)
        case "kinds": .renderable(kinds)
        case "multipleKinds": .flag(multipleKinds)
        case "partnerOptions": .text(partnerOptions)
        case "countries": .renderable(countries)
        case "multipleCountries": .flag(multipleCountries)
        case "units": .list(units.map { .object($0) })
        case "domains": .list(domains.map { .object($0) })
        case "ranks": .list(ranks.map { .object($0) })
        case "hidden": .list(hidden.map { .object($0) })
        default: nil
        }
    }
}

extension ExchangeRow: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .number(id)
        case "dates": .text(dates)
        case "kind": .object(kind)
        case "title": .text(title)
        case "editHref": editHref.map(FastValue.text)
        case "deleteHref": deleteHref.map(FastValue.text)
        case "partners": .list(partners.map { .object($0) })
        case "countries": .text(countries)
        case "unit": .text(unit)
        case "rank": .text(rank)
        case "people": .text(people)
        case "domains": .text(domains)
        case "breaches": .list(breaches.map(FastValue.text))
        case "flagged": .flag(flagged)
        default: nil
        }
    }
}

extension ExchangeRow.PartnerLink: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "name": .text(self.name)
        case "href": .text(href)
        default: nil
        }
    }
}
