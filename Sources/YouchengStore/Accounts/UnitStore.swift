import Foundation
import SQLKit
import YouchengCore

/// Member units kept in SQL, for SQLite and PostgreSQL alike. Each change and its audit entry are one transaction.
public struct UnitStore: UnitRepository {
    let database: Database
    let reference: ReferenceData
    let now: @Sendable () -> Date

    /// Creates the store; `reference` checks home localities; `now` is injectable so tests fix the clock.
    public init(database: Database, reference: ReferenceData, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.reference = reference
        self.now = now
    }

    static let selectUnit: SQLQueryString = "SELECT " + AccountRows.unitColumns + " FROM units n"

    public func unit(id: Int64) async throws -> MemberUnit? {
        try await database.read { sql in try await Self.unit(id: id, sql: sql) }
    }

    static func unit(id: Int64, sql: any SQLDatabase) async throws -> MemberUnit? {
        try await sql.raw(selectUnit + " WHERE n.id = \(bind: id)").first().map(AccountRows.unit)
    }

    public func list(includeInactive: Bool) async throws -> [MemberUnit] {
        let filter: SQLQueryString = includeInactive ? "" : " WHERE n.active = 1"
        return try await database.read { sql in
            try await sql.raw(Self.selectUnit + filter + " ORDER BY n.name_zh, n.id").all().map(AccountRows.unit)
        }
    }

    public func find(_ text: String) async throws -> MemberUnit {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let all = try await list(includeInactive: true)
        if let id = Int64(name), let unit = all.first(where: { $0.id == id }) { return unit }
        if let unit = all.first(where: { $0.nameZh == name }) { return unit }
        let key = NameKey.fold(name)
        let matches = all.filter { !key.isEmpty && NameKey.fold($0.nameEn) == key }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw AccountError.unitNotFound(name)
        default: throw AccountError.ambiguousUnit(name, candidates: matches.map(\.nameZh))
        }
    }
}
