import Foundation
import Testing
import YouchengCore

@Suite struct MapDataTests {
    @Test func shadingPutsTheLargestCountInStepFiveAndZeroInNone() {
        let shading = MapShading(maxCount: 10)
        // ⌈5·c/10⌉: 1 → 1, 2 → 1, 3 → 2, 6 → 3, 7 → 4, 10 → 5.
        #expect([0, 1, 2, 3, 6, 7, 10].map(shading.step) == [0, 1, 1, 2, 3, 4, 5])
        #expect(shading.legend.map { [$0.low, $0.high] } == [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])
    }

    @Test func shadingWithFewCountsSkipsEmptySteps() {
        let shading = MapShading(maxCount: 2)
        // ⌈5·1/2⌉ = 3, ⌈5·2/2⌉ = 5.
        #expect(shading.step(1) == 3 && shading.step(2) == 5)
        #expect(shading.legend.map(\.step) == [3, 5])
        #expect(MapShading(maxCount: 0).legend.isEmpty)
    }

    @Test func geoJSONReaderTakesPolygonsAndMultiPolygons() throws {
        let json = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"iso_a2":"JP","name_en":"Japan","name_zh":"日本"},
              "geometry":{"type":"MultiPolygon","coordinates":[[[[130,31],[131,31],[131,32],[130,31]]],
                [[[140,40],[141,40],[141,41],[140,40]]]]}},
             {"type":"Feature","properties":{"iso_a2":"","adm0_a3":"CYN","name_en":"N. Cyprus"},
              "geometry":{"type":"Polygon","coordinates":[[[33,35],[34,35],[34,35.5],[33,35]]]}},
             {"type":"Feature","properties":{"iso_a2":"XX"},"geometry":{"type":"Point","coordinates":[0,0]}}]}
            """
        let map = try WorldMap(geoJSON: Data(json.utf8))
        #expect(map.features.map(\.iso) == ["JP", "CYN"])
        #expect(map.features[0].rings.count == 2)
        let d = MapCanvas.world().path(map.features[0].rings)
        #expect(d.filter { $0 == "M" }.count == 2 && d.filter { $0 == "Z" }.count == 2)
    }

    @Test func badBaseMapFilesAreRefusedWithAReason() {
        #expect(throws: MapFileError.notJSON) { try WorldMap(geoJSON: Data("no".utf8)) }
        #expect(throws: MapFileError.notFeatureCollection) { try WorldMap(geoJSON: Data("{\"type\":\"x\"}".utf8)) }
        #expect(throws: MapFileError.noPolygons) {
            try WorldMap(geoJSON: Data("{\"type\":\"FeatureCollection\",\"features\":[]}".utf8))
        }
        #expect(MapFileError.notJSON.message.zh.contains("JSON"))
    }

    @Test func bundledMapHasTheNaturalEarthCountries() {
        let map = WorldMap.bundled
        #expect(map.features.count == 177)
        #expect(map.features.contains { $0.iso == "JP" })
    }

    @Test func coordinatesAreCheckedAgainstTheirRanges() throws {
        #expect(try GeoPoint.parse(lat: " 32,06 ", lon: "118.8") == GeoPoint(lat: 32.06, lon: 118.8))
        do {
            _ = try GeoPoint.parse(lat: "91", lon: "abc")
            Issue.record("accepted")
        } catch {
            #expect(error.errors.compactMap(\.field) == ["lat", "lon"])
        }
    }

    static let cities: [[String]] = [
        ["geonameid", "name", "country", "admin1", "lat", "lon", "population", "timezone", "name_zh", "name_zh_src"],
        ["1", "Łódź", "PL", "74", "51.75", "19.47", "700000", "", "罗兹", ""],
        ["2", "Portland", "US", "OR", "45.52", "-122.68", "650000", "", "波特兰", ""],
        ["3", "Portland", "US", "ME", "43.66", "-70.25", "68000", "", "波特兰", ""],
        ["4", "Nagoya", "JP", "01", "35.18", "136.91", "2300000", "", "名古屋市", ""],
    ]

    @Test func gazetteerMatchesOneCityByEitherNameWithinTheCountry() {
        let gazetteer = CityGazetteer(csv: Self.cities)
        #expect(gazetteer.match(name: "Lodz", nameZh: "", country: "PL") == .unique(gazetteer.byId[1]!))
        #expect(gazetteer.match(name: "", nameZh: "名古屋", country: "JP") == .unique(gazetteer.byId[4]!))
        #expect(gazetteer.match(name: "NAGOYA", nameZh: "", country: "US") == .none)
        guard case .ambiguous(let both) = gazetteer.match(name: "Portland", nameZh: "", country: "US") else {
            Issue.record("not ambiguous")
            return
        }
        #expect(both.map(\.id) == [2, 3])
    }
}
