import Foundation
import SQLKit
import YouchengCore

/// How account queries name and read their columns: users as `u`, units as `n`, each column with a prefix so a
/// join of the two reads without clashes.
enum AccountRows {
    static let userColumnList = """
        u.id AS user_id, u.username AS user_username, u.unit_id AS user_unit_id, u.role AS user_role,
        u.active AS user_active, u.version AS user_version
        """

    static let unitColumnList = """
        n.id AS unit_id, n.name_zh AS unit_name_zh, n.name_en AS unit_name_en, n.kind AS unit_kind,
        n.home_code AS unit_home_code, n.contact_person AS unit_contact_person, n.active AS unit_active,
        n.version AS unit_version
        """

    static let userColumns: SQLQueryString = "\(unsafeRaw: userColumnList)"

    static let unitColumns: SQLQueryString = "\(unsafeRaw: unitColumnList)"

    /// Users joined with their units.
    static let selectAccount: SQLQueryString =
        "SELECT " + userColumns + ", " + unitColumns + " FROM users u JOIN units n ON n.id = u.unit_id"

    static func user(_ row: any SQLRow) throws -> User {
        let role = try row.decodeStored(
            "user_role", table: "users", name: "role", idColumn: "user_id", Role.init(rawValue:))
        return User(
            id: try row.decode(column: "user_id", as: Int64.self),
            username: try row.decode(column: "user_username", as: String.self),
            unitId: try row.decode(column: "user_unit_id", as: Int64.self), role: role,
            active: try row.decode(column: "user_active", as: Int.self) != 0,
            version: try row.decode(column: "user_version", as: Int.self))
    }

    static func unit(_ row: any SQLRow) throws -> MemberUnit {
        let kind = try row.decodeStored(
            "unit_kind", table: "units", name: "kind", idColumn: "unit_id", UnitKind.init(rawValue:))
        return MemberUnit(
            id: try row.decode(column: "unit_id", as: Int64.self),
            nameZh: try row.decode(column: "unit_name_zh", as: String.self),
            nameEn: try row.decode(column: "unit_name_en", as: String.self), kind: kind,
            homeCode: try row.decode(column: "unit_home_code", as: String?.self),
            contactPerson: try row.decode(column: "unit_contact_person", as: String.self),
            active: try row.decode(column: "unit_active", as: Int.self) != 0,
            version: try row.decode(column: "unit_version", as: Int.self))
    }

    static func account(_ row: any SQLRow) throws -> Account {
        Account(user: try user(row), unit: try unit(row))
    }

    /// A stored timestamp of `table` (its row keyed by `idColumn`, its column `name` when renamed) as a date.
    static func date(
        _ row: any SQLRow, _ column: String, table: String, name: String? = nil, idColumn: String? = "id"
    ) throws -> Date {
        try row.decodeStored(column, table: table, name: name, idColumn: idColumn, Timestamp.date)
    }

    /// A stored timestamp that may be absent.
    static func optionalDate(
        _ row: any SQLRow, _ column: String, table: String, name: String? = nil, idColumn: String? = "id"
    ) throws -> Date? {
        try row.decodeStoredIfPresent(column, table: table, name: name, idColumn: idColumn, Timestamp.date)
    }
}
