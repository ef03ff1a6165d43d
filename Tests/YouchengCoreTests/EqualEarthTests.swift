import Foundation
import Testing
import YouchengCore

/// Expected values are worked out from the published formula (Šavrič, Patterson & Jenny 2018) by hand, not taken
/// from the code's output: x = 2√3·λ·cosθ / (3·(9A4θ⁸ + 7A3θ⁶ + 3A2θ² + A1)), y = A4θ⁹ + A3θ⁷ + A2θ³ + A1θ,
/// sinθ = (√3/2)·sinφ, with A1 = 1.340264, A2 = −0.081106, A3 = 0.000893, A4 = 0.003796.
@Suite struct EqualEarthTests {
    @Test func originMapsToOrigin() {
        let p = EqualEarth.project(GeoPoint(lat: 0, lon: 0))
        #expect(abs(p.x) < 1e-12 && abs(p.y) < 1e-12)
    }

    @Test func equatorAt180IsTheHalfWidthOfTheFormula() {
        // θ = 0 on the equator, so x = 2√3·π / (3·A1) = 10.882796 / 4.020792 = 2.7066297.
        let p = EqualEarth.project(GeoPoint(lat: 0, lon: 180))
        #expect(abs(p.x - 2.7066297) < 1e-6)
        #expect(abs(p.y) < 1e-12)
    }

    @Test func northPoleIsTheHalfHeightOfTheFormula() {
        // φ = 90° gives sinθ = √3/2, θ = π/3 = 1.0471976; θ³ = 1.1483806, θ⁷ = 1.3810227, θ⁹ = 1.5144581;
        // y = 1.340264·1.0471976 − 0.081106·1.1483806 + 0.000893·1.3810227 + 0.003796·1.5144581 = 1.3173627.
        let p = EqualEarth.project(GeoPoint(lat: 90, lon: 0))
        #expect(abs(p.y - 1.3173627) < 1e-6)
        #expect(abs(p.x) < 1e-12)
    }

    @Test func mapIsSymmetricAboutBothAxes() {
        let p = EqualEarth.project(GeoPoint(lat: 35.7, lon: 139.7))
        let west = EqualEarth.project(GeoPoint(lat: 35.7, lon: -139.7))
        let south = EqualEarth.project(GeoPoint(lat: -35.7, lon: 139.7))
        #expect(abs(p.x + west.x) < 1e-12 && abs(p.y - west.y) < 1e-12)
        #expect(abs(p.x - south.x) < 1e-12 && abs(p.y + south.y) < 1e-12)
    }

    @Test func meridiansBendInwardTowardThePoles() {
        // At 180° the x at latitude 60° is smaller than on the equator, and the pole line is shorter still.
        let equator = EqualEarth.project(GeoPoint(lat: 0, lon: 180)).x
        let sixty = EqualEarth.project(GeoPoint(lat: 60, lon: 180)).x
        let pole = EqualEarth.project(GeoPoint(lat: 90, lon: 180)).x
        #expect(equator > sixty && sixty > pole && pole > 0)
    }

    @Test func worldCanvasPutsTheOriginInTheMiddleWithNorthUp() {
        let canvas = MapCanvas.world(width: 1000)
        let origin = canvas.point(GeoPoint(lat: 0, lon: 0))
        #expect(abs(origin.x - 500) < 1e-9 && abs(origin.y - canvas.height / 2) < 1e-9)
        // Height over width is 1.3173627 / 2.7066297.
        #expect(abs(canvas.height - 1000 * 1.3173627 / 2.7066297) < 1e-3)
        #expect(canvas.point(GeoPoint(lat: 60, lon: 0)).y < origin.y)
    }
}
