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

extension LayoutModel: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "htmlLang": .text(htmlLang)
        case "title": .text(title)
        case "siteName": .text(siteName)
        case "demo": .flag(demo)
        case "nav": .list(nav.map { .object($0) })
        case "switchHref": .text(switchHref)
        case "switchLabel": .text(switchLabel)
        case "switchLang": .text(switchLang)
        case "stylesheet": .text(stylesheet)
        case "homeHref": .text(homeHref)
        case "csrf": .text(csrf)
        case "user": user.map { .object($0) }
        default: nil
        }
    }
}

extension HeaderUser: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "username": .text(username)
        case "logoutAction": .text(logoutAction)
        case "csrf": .text(csrf)
        case "label": .text(label)
        case "logoutLabel": .text(logoutLabel)
        default: nil
        }
    }
}

extension NavGroup: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .text(id)
        case "label": .text(label)
        case "items": .list(items.map { .object($0) })
        default: nil
        }
    }
}

extension NavItem: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "id": .text(id)
        case "href": .text(href)
        case "label": .text(label)
        case "current": .flag(current)
        default: nil
        }
    }
}

extension Pagination: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "previousHref": previousHref.map(FastValue.text)
        case "nextHref": nextHref.map(FastValue.text)
        case "previousLabel": .text(previousLabel)
        case "nextLabel": .text(nextLabel)
        case "items": .list(items.map { .object($0) })
        case "summary": .text(summary)
        default: nil
        }
    }
}

extension Pagination.Item: FastFields {
    func field(named name: String) -> FastValue? {
        switch name {
        case "label": .text(label)
        case "href": href.map(FastValue.text)
        case "current": .flag(current)
        case "gap": .flag(gap)
        default: nil
        }
    }
}
