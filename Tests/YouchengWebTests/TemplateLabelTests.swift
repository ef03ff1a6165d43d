import Foundation
import Testing

@testable import YouchengWeb

/// Every `{{t.key}}` in a template has a label in both catalogs: a missing one renders as nothing, silently.
@Suite struct TemplateLabelTests {
    @Test func everyLabelATemplateUsesIsInBothCatalogs() throws {
        let resources = try WebResources.directory
        let templates = resources.appendingPathComponent("Templates")
        let catalog = try LabelCatalog(directory: resources.appendingPathComponent("Localization"))
        var used: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: templates.path) {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            for part in text.components(separatedBy: "{{t.").dropFirst() {
                used.insert(String(part.prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
            }
        }

        #expect(used.count > 50)
        #expect(used.subtracting(catalog.keys(.zh)).sorted() == [])
        #expect(used.subtracting(catalog.keys(.en)).sorted() == [])
    }
}
