import Foundation
import YouchengCore

/// A partner's marker on the world map: at its coordinates, coloured by kind (sister city if any of its selected
/// partnerships is one), sized by activity (3 + √exchanges, at most 12), linking to the partner page.
struct MapMarker: Sendable {
    let partnerId: Int64
    let href: String
    let cx: String
    let cy: String
    let r: String
    let kind: String
    let tooltip: String

    /// The largest radius, reached at 81 exchanges.
    static let maxRadius = 12.0

    /// The radius for `exchanges` exchanges.
    static func radius(exchanges: Int) -> Double { min(maxRadius, 3 + Double(max(0, exchanges)).squareRoot()) }

    /// One marker per partner of `records` that has a place, in partner id order.
    static func markers(
        records: [PartnershipRecord], places: [Int64: PartnerPlace], activity: [Int64: Int], canvas: MapCanvas,
        display: Display
    ) -> [MapMarker] {
        let byPartner = Dictionary(grouping: records, by: \.partner.id)
        return byPartner.keys.sorted().compactMap { id in
            guard let place = places[id], let first = byPartner[id]?.first, let all = byPartner[id] else { return nil }
            let p = canvas.point(place.point)
            let sister = all.contains { $0.partnership.kind == .sisterCity }
            let homes = all.map { display.home($0.home) }.joined(separator: display.language == .zh ? "、" : ", ")
            let exchanges = activity[id] ?? 0
            let tooltip = [display.partner(first.partner), display.country(first.partner.country), homes]
                .joined(separator: " · ")
            return MapMarker(
                partnerId: id, href: RegistryRoute.partner(id: id).link(), cx: MapCanvas.number(p.x),
                cy: MapCanvas.number(p.y), r: MapCanvas.number(radius(exchanges: exchanges)),
                kind: sister ? "sister" : "friendship",
                tooltip: tooltip)
        }
    }
}
