import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The demo's quarterly meeting: recorded once, on the demo registry with the demo plan only.
@Suite struct DemoMeetingTests {
    @Test func theDemoMeetingRecordsAttendanceAgendaAndTwoDecisionsOneOfThemANewTask() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let services = Services(database: database)
            let before = try await DemoData.loadMeetingIfEmpty(into: services)
            _ = try await DemoData.loadIfEmpty(into: services.registry, reference: .bundled)
            _ = try await DemoData.loadExchangesIfEmpty(into: services)
            let withoutPlan = try await DemoData.loadMeetingIfEmpty(into: services)
            _ = try await DemoData.loadPlanIfEmpty(into: services)

            let loaded = try await DemoData.loadMeetingIfEmpty(into: services)
            let again = try await DemoData.loadMeetingIfEmpty(into: services)
            let summary = try #require(try await services.meetings.list(MeetingQuery()).items.first)
            let meeting = try #require(try await services.meetings.meeting(id: summary.id))
            let names = Dictionary(
                uniqueKeysWithValues: try await services.accounts.units.list(includeInactive: true).map {
                    ($0.id, $0.nameZh)
                })
            let planId = try #require(try await services.plans.plans().first?.id)
            let tasks = Dictionary(
                uniqueKeysWithValues: try await services.plans.tasks(planId: planId).map { ($0.draft.number, $0) })

            #expect(!before && !withoutPlan && loaded && !again)
            #expect(meeting.draft.kind == .quarterly && meeting.draft.agenda.count == 3)
            // The plan's lead units in the order their first task comes: the last was absent, the one before sent a
            // deputy.
            let attendance = Dictionary(
                uniqueKeysWithValues: meeting.draft.attendance.map { (names[$0.key]!, $0.value) })
            #expect(
                attendance == [
                    "苏州市商务局": .attended, "苏州市教育局": .attended, "苏州市文广旅局": .attended, "苏州市科技局": .deputy,
                    "苏州市外办": .absent,
                ])
            let created = try #require(tasks["6.1"])
            #expect(meeting.decisions.map(\.taskId) == [created.id, tasks["1.2"]?.id])
            #expect(meeting.decisions.map(\.createdTask) == [true, false])
            #expect(names[created.draft.leadUnitId] == "苏州市外办" && created.parentId == tasks["6"]?.id)
            #expect(created.draft.due == Day(parsing: "2026-09-30"))
        }
    }
}
