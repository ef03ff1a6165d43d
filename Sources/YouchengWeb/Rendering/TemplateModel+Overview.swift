import Mustache

// The overview's view model, named by hand like the values in `TemplateModel+HandWritten.swift`, and checked the same
// way by `TemplateModelTests`: the overview is the page fifty people open on the same morning.

extension OverviewView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "paragraph": paragraph
        case "peerRank": peerRank
        case "peersHref": peersHref
        case "hasData": hasData
        case "registryEmpty": registryEmpty
        case "emptyScope": emptyScope
        case "asOf": asOf
        case "scopeName": scopeName
        case "homeValue": homeValue
        case "asOfValue": asOfValue
        case "figures": figures
        case "kinds": kinds
        case "levels": levels
        case "continents": continents
        case "groups": groups
        case "topCountries": topCountries
        case "formAction": formAction
        case "jsonHref": jsonHref
        case "importHref": importHref
        case "newHref": newHref
        case "listHref": listHref
        default: nil
        }
    }
}

extension OverviewView.Figure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "label": label
        case "value": value
        case "href": href
        default: nil
        }
    }
}

extension OverviewView.SpreadRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "label": label
        case "partnerships": partnerships
        case "countries": countries
        case "href": href
        default: nil
        }
    }
}

extension OverviewView.CountryRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rank": rank
        case "code": code
        case "name": self.name
        case "partnerships": partnerships
        case "href": href
        default: nil
        }
    }
}

extension OverviewView.EmptyScope: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "message": message
        case "resetHref": resetHref
        case "resetLabel": resetLabel
        default: nil
        }
    }
}
