import Foundation
import YouchengCore

/// The China view's model: dots for the home localities with partnerships and a table of them, then one city's
/// districts with a sentence saying how many have no partner yet, a dot map of them and their table.
struct ChinaMapView: Sendable {
    /// One locality in a table.
    struct Row: Sendable {
        let code: String
        let name: String
        let level: String
        let count: Int
        let none: Bool
        let href: String
        let areaHref: String?
    }

    let action = MapRoute.chinaMap.link()
    let worldHref = MapRoute.map.link()
    let homeText: String
    let national: DotMap
    let homes: [Row]
    let cityName: String?
    let citySummary: String?
    let withoutNames: String?
    let cityMap: DotMap?
    let districts: [Row]

    /// China's mainland and islands, in degrees: the box the national dot map draws.
    static let chinaBox = (west: 73.0, east: 135.5, south: 17.5, north: 54.0)

    init(
        coverage: ChinaCoverage, places: LocalityPlaces, homeText: String, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let directory = display.reference.localities
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        func listHref(_ code: String) -> String {
            RegistryRoute.partnerships.link([("home", code), ("status", "active"), ("status", "suspended")])
        }
        self.homeText = homeText.isEmpty ? coverage.city.map(\.fullName) ?? "" : homeText
        homes = coverage.homes.map { entry in
            let area = ChinaCoverage.area(of: entry.locality.code, directory: directory) ?? entry.locality
            return Row(
                code: entry.locality.code, name: display.home(entry.locality),
                level: display.level(entry.locality.level), count: entry.own, none: false,
                href: listHref(entry.locality.code),
                areaHref: MapRoute.chinaMap.link([("home", area.code)]))
        }
        let box = Self.chinaBox
        national = DotMap(
            canvas: .box(west: box.west, east: box.east, south: box.south, north: box.north, width: 640),
            dots: coverage.homes.compactMap { entry in
                places.point(entry.locality.code).map { (entry.locality, entry.own, $0) }
            }, labels: false, display: display, titleKey: "map_china_svg_title", catalog: catalog, id: "china")
        cityName = coverage.city.map(display.home)
        districts = coverage.districts.map { entry in
            Row(
                code: entry.locality.code, name: display.home(entry.locality), level: "", count: entry.total,
                none: entry.total == 0, href: listHref(entry.locality.code), areaHref: nil)
        }
        if let city = coverage.city, !coverage.districts.isEmpty {
            let without = coverage.without
            citySummary = text(
                "map_city_summary",
                ["city": display.home(city), "none": String(without.count), "all": String(coverage.districts.count)])
            withoutNames =
                without.isEmpty ? nil : without.map { $0.name }.joined(separator: language == .zh ? "、" : ", ")
            let points = coverage.districts.compactMap { e in
                places.point(e.locality.code).map { (e.locality, e.total, $0) }
            }
            cityMap = DotMap.around(points, display: display, catalog: catalog)
        } else {
            citySummary = coverage.city.map { text("map_city_no_districts", ["city": display.home($0)]) }
            withoutNames = nil
            cityMap = nil
        }
    }
}
