import Foundation
import YouchengCore

/// What the meeting pages and API read besides the meetings.
extension WebDependencies {
    /// Meeting `id`, or `MeetingError.notFound`.
    func storedMeeting(id: Int64) async throws -> JointMeeting {
        guard let meeting = try await services.meetings.meeting(id: id) else { throw MeetingError.notFound }
        return meeting
    }

    /// Every plan, and the tasks of every plan in the plans' order, each plan's by number: the decisions' links and
    /// the decision form's choices.
    func meetingPlans() async throws -> (plans: [Plan], tasks: [PlanTask]) {
        let store = services.plans
        let plans = try await store.plans()
        var tasks: [PlanTask] = []
        for plan in plans { tasks += try await store.tasks(planId: plan.id) }
        return (plans, tasks)
    }
}
