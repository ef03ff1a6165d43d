import Mustache

// Every page's frame (labels, layout, navigation, header) and the pagination under lists, named by hand like the
// values in `TemplateModel+HandWritten.swift`, and checked the same way by `TemplateModelTests`.

extension PageModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "t": t
        case "layout": layout
        case "content": content
        default: nil
        }
    }
}

extension LayoutModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "htmlLang": htmlLang
        case "title": title
        case "siteName": siteName
        case "demo": demo
        case "nav": nav
        case "switchHref": switchHref
        case "switchLabel": switchLabel
        case "switchLang": switchLang
        case "stylesheet": stylesheet
        case "homeHref": homeHref
        case "csrf": csrf
        case "user": user
        default: nil
        }
    }
}

extension HeaderUser: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "username": username
        case "logoutAction": logoutAction
        case "csrf": csrf
        case "label": label
        case "logoutLabel": logoutLabel
        default: nil
        }
    }
}

extension NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "href": href
        case "label": label
        case "current": current
        case "startsGroup": startsGroup
        default: nil
        }
    }
}

extension Pagination: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "previousHref": previousHref
        case "nextHref": nextHref
        case "previousLabel": previousLabel
        case "nextLabel": nextLabel
        case "items": items
        case "summary": summary
        default: nil
        }
    }
}

extension Pagination.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "current": current
        case "gap": gap
        default: nil
        }
    }
}
