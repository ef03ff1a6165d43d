import Foundation
import YouchengCore
import YouchengStore

extension AccountCommands {
    /// `unit create`: a unit from its names, kind (`fao`, `bureau`, … or a Chinese label; default `other`),
    /// home (code or name) and contact.
    public func createUnit(nameZh: String, nameEn: String?, kind: String?, home: String?, contact: String?)
        async throws -> MemberUnit
    {
        let unitKind = try kind.map(Self.parseKind) ?? .other
        let locality = try resolveHome(home, reference: reference)
        let draft = UnitDraft(
            nameZh: nameZh, nameEn: nameEn ?? "", kind: unitKind, homeCode: locality?.code,
            contactPerson: contact ?? "")
        return try await stores.units.create(draft, by: Self.actor)
    }

    /// `unit deactivate`: marks the unit named (id, Chinese or English name) inactive.
    public func deactivateUnit(_ name: String) async throws -> MemberUnit {
        let unit = try await stores.units.find(name)
        return try await stores.units.deactivate(id: unit.id, expectedVersion: nil, by: Self.actor)
    }

    /// `unit list`: every unit, as a table or as JSON.
    public func listUnits(json: Bool) async throws -> String {
        let units = try await stores.units.list(includeInactive: true)
        if json { return JSONValue.array(units.map(Self.json)).serialized() }
        guard !units.isEmpty else { return "还没有单位 / no units yet" }
        return units.map { unit in
            var line = "\(unit.id)\t\(unit.nameZh)\t\(unit.nameEn)\t\(unit.kind.label.both)"
            if let code = unit.homeCode { line += "\t\(reference.localities.locality(code)?.fullName ?? code)" }
            if !unit.active { line += "\t停用 / inactive" }
            return line
        }.joined(separator: "\n")
    }

    /// The unit as JSON.
    static func json(_ unit: MemberUnit) -> JSONValue {
        .object([
            ("id", .int(Int(unit.id))), ("nameZh", .string(unit.nameZh)), ("nameEn", .string(unit.nameEn)),
            ("kind", .string(unit.kind.rawValue)), ("home", unit.homeCode.map(JSONValue.string) ?? .null),
            ("contactPerson", .string(unit.contactPerson)), ("active", .bool(unit.active)),
            ("version", .int(unit.version)),
        ])
    }

    static func parseKind(_ text: String) throws -> UnitKind {
        guard let kind = UnitKind(parsing: text) else {
            let known = UnitKind.allCases.map { "\($0.rawValue)（\($0.label.zh)）" }.joined(separator: "、")
            throw CommandFailure(
                Bilingual(
                    zh: "单位类型「\(text)」无效：应为 \(known)",
                    en:
                        "unit kind \"\(text)\" is not valid: use \(UnitKind.allCases.map(\.rawValue).joined(separator: ", "))"
                ))
        }
        return kind
    }
}
