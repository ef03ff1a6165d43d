import Foundation
import SQLKit
import YouchengCore

extension RegistryStore {
    public func save(_ draft: PartnershipDraft, id: Int64?, expectedVersion: Int?, actor: AuditActor) async throws
        -> PartnershipRecord
    {
        let time = now()
        do {
            return try await database.writeTransaction(locking: Self.registryTables) { sql in
                try await save(draft, id: id, expectedVersion: expectedVersion, actor: actor, at: time, sql: sql)
            }
        } catch let unchanged as Unchanged {
            return unchanged.record
        }
    }

    /// `save` inside the caller's transaction `sql` (which must lock `registryTables`): a signing prospect creates
    /// its partnership so, with its own stage change in the same transaction. A new partnership (`id` nil) is never
    /// unchanged; an existing one saved as it was throws `Unchanged`, for the caller to roll back.
    func save(
        _ draft: PartnershipDraft, id: Int64?, expectedVersion: Int?, actor: AuditActor, at time: Date,
        sql: any SQLDatabase
    ) async throws -> PartnershipRecord {
        let stamp = Timestamp.string(time)
        let level = reference.localities.locality(draft.homeCode)?.level ?? .district
        var before: PartnershipRecord?
        if let id { before = try await storedRecord(id: id, sql: sql) }
        let savedId = try await write(
            draft, id: id, expectedVersion: expectedVersion, level: level, stamp: stamp, sql: sql)
        guard let after = try await storedRecord(id: savedId, sql: sql) else { throw RegistryError.notFound }
        if before?.partner.id != after.partner.id {
            // A partner new to this partnership (often new altogether) is placed as an import places it:
            // only when it has no coordinates and its names match one city.
            try await PartnerPlaceStore.matchNew([after.partner], gazetteer: gazetteer(), sql: sql)
        }
        let changes = FieldChange.changes(from: before?.auditValues, to: after.auditValues)
        if let before, changes.allSatisfy({ $0.field == FieldChange.versionField }) {
            // Saved as it was: undo the version step, so an unchanged form neither makes an entry nor
            // turns other open forms stale.
            throw Unchanged(record: before)
        }
        try await AuditStore.append(
            AuditEvent(
                actor: actor, action: before == nil ? .create : .update, entityType: .partnership,
                entityId: String(savedId), changes: changes), at: time, sql: sql)
        return after
    }

    /// Thrown inside `save`'s transaction to roll back a write that changed nothing.
    private struct Unchanged: Error {
        let record: PartnershipRecord
    }

    /// The partnership `id` as stored, read on `sql` (inside the caller's transaction).
    func storedRecord(id: Int64, sql: any SQLDatabase) async throws -> PartnershipRecord? {
        try await sql.raw(Self.selectRecord + " WHERE ps.id = \(bind: id)").first().map(record)
    }

    /// Checks the version and the pair, then updates or inserts; returns the partnership's id.
    private func write(
        _ draft: PartnershipDraft, id: Int64?, expectedVersion: Int?, level: LocalityLevel, stamp: String,
        sql: any SQLDatabase
    ) async throws -> Int64 {
        if let id {
            guard
                let current = try await sql.raw(
                    "SELECT version FROM partnerships WHERE id = \(bind: id)"
                ).first(decodingColumn: "version", as: Int.self)
            else { throw RegistryError.notFound }
            if let expectedVersion, expectedVersion != current {
                throw RegistryError.staleVersion(current: current)
            }
        }
        let partnerId = try await partnerId(for: draft, sql: sql, stamp: stamp)
        if let other = try await sql.raw(
            "SELECT id FROM partnerships WHERE home_code = \(bind: draft.homeCode) AND partner_id = \(bind: partnerId)"
        ).first(decodingColumn: "id", as: Int64.self), other != id {
            throw RegistryError.duplicatePair(existingId: other)
        }
        let established = draft.established?.description
        if let id {
            try await sql.raw(
                """
                UPDATE partnerships SET home_code = \(bind: draft.homeCode), home_level = \(bind: level.rawValue),
                  partner_id = \(bind: partnerId), kind = \(bind: draft.kind.rawValue), established = \(bind: established),
                  status = \(bind: draft.status.rawValue), notes = \(bind: draft.notes), version = version + 1,
                  updated_at = \(bind: stamp) WHERE id = \(bind: id)
                """
            ).run()
            return id
        }
        let inserted = try await sql.raw(
            """
            INSERT INTO partnerships (home_code, home_level, partner_id, kind, established, status, notes, version,
              created_at, updated_at)
            VALUES (\(bind: draft.homeCode), \(bind: level.rawValue), \(bind: partnerId), \(bind: draft.kind.rawValue),
              \(bind: established), \(bind: draft.status.rawValue), \(bind: draft.notes), 1, \(bind: stamp), \(bind: stamp))
            RETURNING id
            """
        ).first(decodingColumn: "id", as: Int64.self)
        guard let inserted else { throw RegistryError.notFound }
        return inserted
    }

    /// The partner the draft names, by the import's rule (`PartnerBook`): the same English name in the country, or
    /// the one partner there known by this Chinese name; created if new. Unlike an import, the form may also change
    /// the stored English spelling (case, accents), since a person typed it on purpose. Respelling a known partner's
    /// English name or changing its Chinese one is refused unless the draft's editor may (`guardSharedNames`).
    func partnerId(for draft: PartnershipDraft, sql: any SQLDatabase, stamp: String) async throws -> Int64 {
        let key = Partner.identityKey(name: draft.partnerName, nameZh: draft.partnerNameZh, country: draft.country)
        let candidates = try await Self.storedPartners(
            sql,
            where:
                "WHERE identity_key = \(bind: key) OR (country = \(bind: draft.country) AND name_zh = \(bind: draft.partnerNameZh) AND name_zh <> '')"
        )
        var book = PartnerBook(stored: candidates)
        let index = book.resolve(name: draft.partnerName, nameZh: draft.partnerNameZh, country: draft.country)
        var entry = book.entries[index]
        let respelt = entry.id != nil && !draft.partnerName.isEmpty && entry.name != draft.partnerName
        if respelt {
            entry.name = draft.partnerName
            entry.changed = true
        }
        if let id = entry.id, let stored = candidates.first(where: { $0.id == id }) {
            try await guardSharedNames(
                of: stored, respelt: respelt, nameZh: entry.nameZh, draft: draft, sql: sql)
        }
        if let id = entry.id {
            if entry.changed {
                try await sql.raw(
                    "UPDATE partners SET identity_key = \(bind: entry.key), name = \(bind: entry.name), name_zh = \(bind: entry.nameZh), name_key = \(bind: NameKey.fold(entry.name)), updated_at = \(bind: stamp) WHERE id = \(bind: id)"
                ).run()
            }
            return id
        }
        let id = try await sql.raw(
            """
            INSERT INTO partners (identity_key, name, name_zh, name_key, country, created_at, updated_at)
            VALUES (\(bind: entry.key), \(bind: entry.name), \(bind: entry.nameZh), \(bind: NameKey.fold(entry.name)),
              \(bind: entry.country), \(bind: stamp), \(bind: stamp))
            RETURNING id
            """
        ).first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw RegistryError.notFound }
        return id
    }
}

extension RegistryStore {
    /// Throws `partnerRename` or `partnerRenameZh` when the draft respells the stored partner's English name
    /// (`respelt`) or changes its stored Chinese name to `nameZh`, and its editor may not change what the partner's
    /// homes (its partnerships' and the draft's) share. Filling a name the partner lacks is no change.
    func guardSharedNames(
        of stored: StoredPartner, respelt: Bool, nameZh: String, draft: PartnershipDraft, sql: any SQLDatabase
    ) async throws {
        let renamedZh = !stored.nameZh.isEmpty && nameZh != stored.nameZh
        guard let editor = draft.sharedPartnerEditor, respelt || renamedZh else { return }
        let homes = try await sql.raw("SELECT home_code FROM partnerships WHERE partner_id = \(bind: stored.id)")
            .all(decodingColumn: "home_code", as: String.self)
        let policy = AccessPolicy(localities: reference.localities)
        guard !policy.mayChangeSharedPartner(homes: homes + [draft.homeCode], as: editor) else { return }
        throw respelt
            ? RegistryError.partnerRename(stored: stored.name) : RegistryError.partnerRenameZh(stored: stored.nameZh)
    }
}
