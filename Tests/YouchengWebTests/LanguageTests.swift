import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

@Suite struct LanguageTests {
    @Test func chineseByDefaultWithASwitchToEnglish() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships?kind=sisterCity")

            #expect(response.text.contains("<html lang=\"zh-Hans\">"))
            #expect(response.text.contains("友城名录"))
            #expect(
                response.text.contains(
                    "id=\"lang-switch\" class=\"lang-switch\" href=\"/partnerships?kind=sisterCity&amp;lang=en\""))
            #expect(response.headers[.setCookie] == nil)
        }
    }

    @Test func langParameterSwitchesAndSetsTheCookie() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/?lang=en")

            #expect(response.text.contains("<html lang=\"en\">"))
            #expect(response.text.contains("Overview of international partnerships"))
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("lang=en"))
            #expect(cookie.contains("Path=/"))
        }
    }

    @Test func cookieKeepsTheLanguageOnTheNextPage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships", headers: [.cookie: "lang=en"])
            let back = try await site.get("/partnerships?lang=zh", headers: [.cookie: "lang=en"])

            #expect(response.text.contains("<html lang=\"en\">"))
            #expect(response.text.contains("Sister city"))
            #expect(back.text.contains("<html lang=\"zh-Hans\">"))
            #expect(back.headers[.setCookie]?.hasPrefix("lang=zh") == true)
        }
    }

    @Test func bothCataloguesHaveTheSameKeysAndCoverEveryTemplateLabel() throws {
        let resources = try WebResources.directory
        let catalog = try LabelCatalog(directory: resources.appendingPathComponent("Localization"))
        let templates = resources.appendingPathComponent("Templates")
        var used: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: templates.path) {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            for piece in text.components(separatedBy: "{{").dropFirst() {
                let name = piece.drop { $0 == "#" || $0 == "^" || $0 == "/" }
                guard name.hasPrefix("t.") else { continue }
                used.insert(String(name.dropFirst(2).prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
            }
        }

        #expect(catalog.keys(.zh) == catalog.keys(.en))
        #expect(used.subtracting(catalog.keys(.zh)).isEmpty, "missing: \(used.subtracting(catalog.keys(.zh)))")
        #expect(catalog.labels(.zh).values.allSatisfy { !$0.isEmpty })
        #expect(catalog.labels(.en).values.allSatisfy { !$0.isEmpty })
    }

    @Test func aLabelWithoutOneLanguageIsRefusedNamingItsKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(LabelCatalog.fileName)
        try Data(#"{"nav_home": {"zh": "首页", "en": "Home"}, "nav_map": {"zh": "地图"}}"#.utf8).write(to: file)

        #expect(throws: LabelCatalog.MissingLabel(key: "nav_map", language: .en)) {
            try LabelCatalog(directory: folder)
        }

        try Data(#"{"nav_home": {"zh": "首页", "en": "Home"}}"#.utf8).write(to: file)
        let catalog = try LabelCatalog(directory: folder)
        #expect(catalog.text("nav_home", .zh) == "首页")
        #expect(catalog.text("nav_home", .en) == "Home")
    }

    @Test(arguments: ["zh", "en"])
    func noPageShowsARawLabelKey(lang: String) async throws {
        try await WebTestSite.run { site in
            let id = try #require(try await site.store.all(.init()).first)
            let pages = [
                "/", "/partnerships", "/partnerships?per=2&page=2", "/partnerships?country=FR", "/partnerships/new",
                "/partnerships/\(id.partnership.id)/edit", "/partners/\(id.partner.id)", "/import", "/nowhere",
            ]
            for page in pages {
                let text = try await site.get(page + (page.contains("?") ? "&" : "?") + "lang=\(lang)").text
                for prefix in [
                    "filter_", "column_", "import_", "empty_", "list_", "page_", "form_", "field_", "figure_", "nav_",
                ] {
                    #expect(
                        !text.contains(">\(prefix)") && !text.contains("\"\(prefix)"), "\(page) shows a \(prefix) key")
                }
            }
        }
    }
}
