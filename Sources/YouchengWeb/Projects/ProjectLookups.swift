import Foundation
import YouchengCore

/// What the project pages and API read besides the projects.
extension WebDependencies {
    /// Project `id`, or `ProjectError.notFound`.
    func storedProject(id: Int64) async throws -> CooperationProject {
        guard let project = try await services.projects.project(id: id) else { throw ProjectError.notFound }
        return project
    }

    /// Project `id` if `principal` may change it; `ProjectError.notFound` or `AccessDenied` otherwise.
    func writableProject(id: Int64, principal: Principal) async throws -> CooperationProject {
        let project = try await storedProject(id: id)
        guard policy.mayWriteProject(unitId: project.draft.unitId, as: principal) else { throw AccessDenied() }
        return project
    }

    /// Throws `AccessDenied` unless `principal` may save `draft` as a new project (`stored` nil) or as the new
    /// values of `stored`: editors keep to their own unit both ways.
    func authorize(_ draft: ProjectDraft, stored: CooperationProject?, principal: Principal) throws {
        let from = stored?.draft.unitId ?? draft.unitId
        guard policy.mayWriteProject(unitId: from, newUnitId: draft.unitId, as: principal) else {
            throw AccessDenied()
        }
    }

    /// The stalled rule's threshold (the deployment's setting) and today.
    func stalledRule() async throws -> (days: Int, asOf: Day) {
        (try await settings.stalledDays(), todayDay)
    }

    /// The JSON writer with every partner's and unit's name and the stalled rule `days` on `asOf`.
    func projectJSON(days: Int, asOf: Day) async throws -> ProjectJSON {
        ProjectJSON(
            partners: Dictionary(try await repository.partners().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            units: try await noticeUnits(), days: days, asOf: asOf)
    }
}
