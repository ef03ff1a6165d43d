import Foundation
import SQLKit
import YouchengCore

extension ProspectStore {
    /// What a stage change did: the prospect after it, and the partnership signing created.
    public struct StageChange: Sendable {
        /// The prospect at its new stage, with its history.
        public var prospect: Prospect
        /// The partnership created, when the change was a signing.
        public var partnership: PartnershipRecord?
    }

    /// Moves prospect `id` to `request.stage` by the stage rules (`ProspectStageRules`, with `today` the caller's
    /// day), when it is still at `expectedVersion` (any when nil). Signing creates the registry partnership of
    /// `request.kind` between the prospect's home and its city (an existing partner record when the city is already
    /// twinned with another home), established on the signing day, and links the prospect to it; a prospect signed
    /// already is refused, so two signings at once create one partnership (the second waits for the first's lock and
    /// then finds it signed). The stage row, the partnership and every audit entry are one transaction.
    public func changeStage(
        id: Int64, _ request: ProspectStageRequest, expectedVersion: Int?, today: Day, by actor: AuditActor
    ) async throws -> StageChange {
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.prospect(id: id, sql: sql) else { throw ProspectError.notFound }
            if before.stage == .signed { throw ProspectError.alreadySigned(partnershipId: before.partnershipId) }
            if let expectedVersion, expectedVersion != before.version {
                throw ProspectError.staleVersion(current: before.version)
            }
            if let refusal = ProspectStageRules.refusal(
                from: before.stage, since: before.stageDate, to: request.stage, date: request.date,
                reason: request.reason, today: today)
            {
                throw refusal
            }
            var partnership: PartnershipRecord?
            if request.stage == .signed {
                guard let kind = request.kind else { throw ProspectError.kindRequired }
                partnership = try await sign(before, kind: kind, on: request.date, actor: actor, time: time, sql: sql)
            }
            try await sql.raw(
                """
                UPDATE prospects SET stage = \(bind: request.stage.rawValue), stage_date = \(bind: request.date.description),
                  partnership_id = \(bind: partnership?.partnership.id ?? before.partnershipId),
                  version = version + 1, updated_at = \(bind: stamp)
                WHERE id = \(bind: id)
                """
            ).run()
            let change = ProspectStageChange(
                stage: request.stage, date: request.date, reason: request.reason, by: actor.username)
            try await Self.recordChange(change, prospectId: id, stamp: stamp, sql: sql)
            var after = before
            after.stage = request.stage
            after.stageDate = request.date
            after.partnershipId = partnership?.partnership.id ?? before.partnershipId
            after.version = before.version + 1
            after.history.append(change)
            let reason: [(String, String?)] = request.reason.isEmpty ? [] : [("reason", request.reason)]
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .prospect, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: after.auditValues + reason)),
                at: time, sql: sql)
            return StageChange(prospect: after, partnership: partnership)
        }
    }

    /// Creates the partnership `prospect` signs, through the registry's own save (partner matching, placing, audit).
    /// The prospect's names give way to a known partner's stored ones, so signing never respells a partner other
    /// homes share.
    private func sign(
        _ prospect: Prospect, kind: PartnershipKind, on day: Day, actor: AuditActor, time: Date, sql: any SQLDatabase
    ) async throws -> PartnershipRecord {
        let d = prospect.draft
        var draft = PartnershipDraft(
            homeCode: d.homeCode, partnerName: d.name, partnerNameZh: d.nameZh, country: d.country, kind: kind,
            established: day.partialDate, status: .active, notes: "")
        let key = Partner.identityKey(name: d.name, nameZh: d.nameZh, country: d.country)
        if let known = try await sql.raw("SELECT name, name_zh FROM partners WHERE identity_key = \(bind: key)").first()
        {
            draft.partnerName = try known.decode(column: "name", as: String.self)
            let storedZh = try known.decode(column: "name_zh", as: String.self)
            if !storedZh.isEmpty { draft.partnerNameZh = storedZh }
        }
        do {
            return try await registry.save(draft, id: nil, expectedVersion: nil, actor: actor, at: time, sql: sql)
        } catch RegistryError.duplicatePair(let existing) {
            throw ProspectError.alreadyTwinned(partnershipId: existing)
        }
    }
}
