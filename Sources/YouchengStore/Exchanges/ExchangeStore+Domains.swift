import Foundation
import SQLKit
import YouchengCore

extension ExchangeStore {
    /// Adds a domain (a new code, at the end of the list) or changes one (names, balance, active), auditing the
    /// change as a setting `domain:CODE`. A code is 1–32 lowercase letters, digits or `-`; names are required.
    @discardableResult
    public func saveDomain(_ domain: ExchangeDomain, actor: AuditActor) async throws -> ExchangeDomain {
        let domain = try Self.checked(domain)
        let time = now()
        return try await database.writeTransaction(locking: ["exchange_domains"]) { sql in
            let stored = try await domains(sql).first { $0.code == domain.code }
            if stored == domain { return domain }
            if stored == nil {
                let position =
                    try await sql.raw("SELECT COALESCE(MAX(position), 0) + 1 AS p FROM exchange_domains").first(
                        decodingColumn: "p", as: Int.self) ?? 1
                try await sql.raw(
                    """
                    INSERT INTO exchange_domains (code, name_zh, name_en, balance, active, position)
                    VALUES (\(bind: domain.code), \(bind: domain.nameZh), \(bind: domain.nameEn),
                      \(bind: domain.balance.rawValue), \(bind: domain.active ? 1 : 0), \(bind: position))
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    UPDATE exchange_domains SET name_zh = \(bind: domain.nameZh), name_en = \(bind: domain.nameEn),
                      balance = \(bind: domain.balance.rawValue), active = \(bind: domain.active ? 1 : 0)
                    WHERE code = \(bind: domain.code)
                    """
                ).run()
            }
            func values(_ d: ExchangeDomain?) -> [(String, String?)]? {
                d.map {
                    [
                        ("nameZh", $0.nameZh), ("nameEn", $0.nameEn), ("balance", $0.balance.rawValue),
                        ("active", String($0.active)),
                    ]
                }
            }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: stored == nil ? .create : .update, entityType: .setting,
                    entityId: "domain:\(domain.code)",
                    changes: FieldChange.changes(from: values(stored), to: values(domain))),
                at: time, sql: sql)
            return domain
        }
    }

    private func domains(_ sql: any SQLDatabase) async throws -> [ExchangeDomain] {
        try await sql.raw("SELECT code, name_zh, name_en, balance, active FROM exchange_domains").all().map(Self.domain)
    }

    /// A row of `exchange_domains` (keyed by `code`); a balance this program does not know is an error.
    static func domain(_ row: any SQLRow) throws -> ExchangeDomain {
        ExchangeDomain(
            code: try row.decode(column: "code", as: String.self),
            nameZh: try row.decode(column: "name_zh", as: String.self),
            nameEn: try row.decode(column: "name_en", as: String.self),
            balance: try row.decodeStored(
                "balance", table: "exchange_domains", idColumn: "code", ExchangeDomain.Balance.init(rawValue:)),
            active: try row.decode(column: "active", as: Int.self) != 0)
    }

    private static func checked(_ domain: ExchangeDomain) throws -> ExchangeDomain {
        var d = domain
        d.code = d.code.trimmingCharacters(in: .whitespaces).lowercased()
        d.nameZh = d.nameZh.trimmingCharacters(in: .whitespaces)
        d.nameEn = d.nameEn.trimmingCharacters(in: .whitespaces)
        let codeOK =
            (1...32).contains(d.code.count)
            && d.code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard codeOK else {
            throw FieldError(
                code: "invalid_code", field: "code",
                message: Bilingual(
                    zh: "领域代码「\(domain.code)」无效：应为 1–32 个小写字母、数字或 -",
                    en: "domain code \"\(domain.code)\" is not valid: 1–32 lowercase letters, digits or -"))
        }
        guard !d.nameZh.isEmpty, d.nameZh.count <= 50, d.nameEn.count <= 100 else {
            throw FieldError(
                code: "invalid_name", field: "name_zh",
                message: Bilingual(
                    zh: "请填写领域的中文名（不超过 50 字）", en: "give the domain a Chinese name (at most 50 characters)"))
        }
        return d
    }
}
