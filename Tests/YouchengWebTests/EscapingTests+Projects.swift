import Foundation
import YouchengCore

@testable import YouchengWeb

extension EscapingTests {
    /// A project of `unitId` with partner `partnerId`, whose title, step-back reason and note carry the payload, so
    /// the crawl reaches the project page, its forms, the funnel and the partner page's project list with it.
    static func storeProjectPayload(_ site: WebTestSite, partnerId: Int64, unitId: Int64) async throws {
        let projects = site.services.projects
        let project = try await projects.create(
            ProjectDraft(
                title: payload, partnerIds: [partnerId], unitId: unitId, kind: .culture,
                agreed: Money(hundredths: 1_000), currency: "EUR"),
            stage: .signed, date: Day(parsing: "2026-01-05")!, by: .system)
        let today = Day(parsing: "2026-12-31")!
        _ = try await projects.changeStage(
            id: project.id, to: .intent, date: Day(parsing: "2026-02-01")!, reason: payload, expectedVersion: nil,
            today: today, by: .system)
        _ = try await projects.addNote(
            id: project.id, date: Day(parsing: "2026-02-02")!, text: payload, today: today, by: .system)
    }
}
