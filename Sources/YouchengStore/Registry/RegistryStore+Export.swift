import Foundation
import SQLKit
import YouchengCore

extension RegistryStore {
    public func export(_ query: PartnershipQuery, format: String, actor: AuditActor) async throws
        -> [PartnershipRecord]
    {
        let time = now()
        let statement = Self.selectRecord + " " + whereClause(query) + orderClause(query)
        let filter = query.parameters(includePage: false).map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        return try await database.transaction { sql in
            let records = try await sql.raw(statement).all().map(record)
            let values: [(String, String?)] = [("format", format), ("filter", filter), ("rows", String(records.count))]
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .exported, entityType: .registry, entityId: nil,
                    changes: FieldChange.changes(from: nil, to: values)), at: time, sql: sql)
            return records
        }
    }
}
