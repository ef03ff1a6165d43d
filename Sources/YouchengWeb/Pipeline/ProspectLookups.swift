import Foundation
import YouchengCore

/// What the pipeline pages and API read besides the prospects: a prospect, whether the principal may write it, the
/// units a prospect may name, and a unit given by id or name.
extension WebDependencies {
    /// Prospect `id`, or `ProspectError.notFound`.
    func storedProspect(id: Int64) async throws -> Prospect {
        guard let prospect = try await services.prospects.prospect(id: id) else { throw ProspectError.notFound }
        return prospect
    }

    /// Prospect `id` if `principal` may change it (its unit's editors, administrators); `AccessDenied` otherwise.
    func writableProspect(id: Int64, principal: Principal) async throws -> Prospect {
        let prospect = try await storedProspect(id: id)
        let unit = prospect.draft.unitId
        guard policy.mayWriteProspect(unitId: unit, newUnitId: unit, as: principal) else { throw AccessDenied() }
        return prospect
    }

    /// Throws `AccessDenied` unless `principal` may save `draft` as a new prospect (`stored` nil) or as the new
    /// values of `stored`: editors keep to their own unit both ways.
    func authorize(_ draft: ProspectDraft, stored: Prospect?, principal: Principal) throws {
        let from = stored?.draft.unitId ?? draft.unitId
        guard policy.mayWriteProspect(unitId: from, newUnitId: draft.unitId, as: principal) else {
            throw AccessDenied()
        }
    }

    /// Whether `principal` may change `prospect` (the pages show their forms only then).
    func mayWrite(_ prospect: Prospect, principal: Principal) -> Bool {
        let unit = prospect.draft.unitId
        return policy.mayWriteProspect(unitId: unit, newUnitId: unit, as: principal)
    }

    /// `text` as a unit id: an id as is, else the one unit with that Chinese or English name; unchanged when none.
    func prospectUnitId(_ text: String, units: [MemberUnit]) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if Int64(trimmed) != nil { return trimmed }
        let matches = units.filter { $0.nameZh == trimmed || (!$0.nameEn.isEmpty && $0.nameEn == trimmed) }
        return matches.count == 1 ? String(matches[0].id) : trimmed
    }
}
