import Mustache

extension PageRenderer {
    /// Every template that `FastTemplate` parses, by name; the others (indented partials) are rendered by
    /// swift-mustache only.
    static func fastTemplates(_ texts: [String: String]) -> [String: FastTemplate] {
        texts.compactMapValues { try? FastTemplate($0) }
    }

    /// The page by `FastTemplate`, when its view model names its fields as `FastFields` and its template parsed;
    /// nil otherwise. In debug builds (the tests) swift-mustache renders it too, and a difference is an error.
    func fastPage(_ template: String, model: PageModel<some Sendable>) throws -> [UInt8]? {
        guard let content = model.content as? any FastFields, let fast = fastLibrary[template] else { return nil }
        let html = fast.render(
            FastPageModel(t: TextTable(texts: model.t), layout: model.layout, content: content), library: fastLibrary)
        #if DEBUG
            let reference = library.render(model, withTemplate: template)
            let text = String(decoding: html, as: UTF8.self)
            if text != reference {
                throw WebResourcesError.fastDiffers(template, at: Self.firstDifference(text, reference ?? ""))
            }
        #endif
        return html
    }

    /// The text of `a` from where it first differs from `b`, shortened, for the error.
    private static func firstDifference(_ a: String, _ b: String) -> String {
        let common = zip(a.utf8, b.utf8).prefix { $0 == $1 }.count
        let start = max(0, common - 40)
        func excerpt(_ text: String) -> String {
            String(decoding: text.utf8.dropFirst(start).prefix(120), as: UTF8.self)
        }
        return "byte \(common): fast «\(excerpt(a))» swift-mustache «\(excerpt(b))»"
    }
}

/// What a page rendered by `FastTemplate` sees: `PageModel`'s fields, typed.
private struct FastPageModel: FastFields {
    let t: TextTable
    let layout: LayoutModel
    let content: any FastFields

    func field(named name: String) -> FastValue? {
        switch name {
        case "t": .object(t)
        case "layout": .object(layout)
        case "content": .object(content)
        default: nil
        }
    }
}
