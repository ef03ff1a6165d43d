import Mustache

// The overview's view model, named by hand like the values in `TemplateModel+HandWritten.swift`, and checked the same
// way by `TemplateModelTests`: the overview is the page fifty people open on the same morning.

extension OverviewView: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "paragraph": .text(paragraph)
        case "peerRank": peerRank.map(FastValue.text)
        case "peersHref": .text(peersHref)
        case "hasData": .flag(hasData)
        case "registryEmpty": .flag(registryEmpty)
        case "emptyScope": emptyScope.map { .object($0) }
        case "asOf": .text(asOf)
        case "scopeName": scopeName.map(FastValue.text)
        case "homeValue": .text(homeValue)
        case "asOfValue": .text(asOfValue)
        case "figures": .list(figures.map { .object($0) })
        case "kinds": .list(kinds.map { .object($0) })
        case "levels": .list(levels.map { .object($0) })
        case "continents": .list(continents.map { .object($0) })
        case "groups": .list(groups.map { .object($0) })
        case "topCountries": .list(topCountries.map { .object($0) })
        case "formAction": .text(formAction)
        case "jsonHref": .text(jsonHref)
        case "importHref": .text(importHref)
        case "newHref": .text(newHref)
        case "listHref": .text(listHref)
        default: nil
        }
    }
}

extension OverviewView.Figure: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .text(id)
        case "label": .text(label)
        case "value": .number(Int64(value))
        case "href": href.map(FastValue.text)
        default: nil
        }
    }
}

extension OverviewView.SpreadRow: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "code": .text(code)
        case "label": .text(label)
        case "partnerships": .number(Int64(partnerships))
        case "countries": .number(Int64(countries))
        case "href": .text(href)
        default: nil
        }
    }
}

extension OverviewView.CountryRow: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "rank": .number(Int64(rank))
        case "code": .text(code)
        case "name": .text(self.name)
        case "partnerships": .number(Int64(partnerships))
        case "href": .text(href)
        default: nil
        }
    }
}

extension OverviewView.EmptyScope: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "message": .text(message)
        case "resetHref": resetHref.map(FastValue.text)
        case "resetLabel": .text(resetLabel)
        default: nil
        }
    }
}
