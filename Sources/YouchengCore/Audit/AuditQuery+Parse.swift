import Foundation

extension AuditQuery {
    /// Reads the audit log page's parameters: `actor`, `entity` (`TYPE` or `TYPE:ID`), `entity_id`, `action`,
    /// `from` and `to` (days `YYYY-MM-DD` in `timeZone`, both inclusive) and `page`; empty values are ignored, and
    /// the first unreadable one is refused with the parameter's name.
    public init(parameters: [(String, String)], timeZone: TimeZone, per: Int = 50) throws(FieldError) {
        self.init(per: per)
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            try apply(name: name, value: value, timeZone: timeZone)
        }
        if entityId != nil && entityType == nil {
            throw FieldError(
                code: "invalid_parameter", field: "entity_id",
                message: Bilingual(
                    zh: "参数 entity_id 需要同时指定对象类型（entity）", en: "parameter entity_id needs an entity type"))
        }
        if let since, let until, since >= until {
            throw FieldError(
                code: "invalid_parameter", field: "to",
                message: Bilingual(
                    zh: "参数 to 早于 from：结束日期不能早于开始日期", en: "parameter to: the end day is before the start day"))
        }
    }

    private mutating func apply(name: String, value: String, timeZone: TimeZone) throws(FieldError) {
        func invalid(_ zh: String, _ en: String) -> FieldError {
            FieldError(
                code: "invalid_parameter", field: name,
                message: Bilingual(zh: "参数 \(name)「\(value)」\(zh)", en: "parameter \(name): \"\(value)\" \(en)"))
        }
        switch name {
        case "actor":
            guard value.count <= 64 else { throw invalid("过长", "is too long") }
            actor = value
        case "entity":
            do {
                let (type, id) = try Self.parseEntity(value)
                entityType = type
                if let id { entityId = id }
            } catch {
                let known = AuditEntityType.allCases.map(\.rawValue).joined(separator: ", ")
                throw invalid("不是对象类型（\(known)）", "is not an entity type (\(known))")
            }
        case "entity_id":
            guard value.count <= 64 else { throw invalid("过长", "is too long") }
            entityId = value
        case "action":
            guard let parsed = AuditAction(rawValue: value) else {
                let known = AuditAction.allCases.map(\.rawValue).joined(separator: ", ")
                throw invalid("不是操作（\(known)）", "is not an action (\(known))")
            }
            action = parsed
        case "from", "to":
            guard let start = Self.startOfDay(value, timeZone: timeZone) else {
                throw invalid("不是有效日期（YYYY-MM-DD）", "is not a valid date (YYYY-MM-DD)")
            }
            if name == "from" {
                since = start
            } else {
                // Inclusive of the end day: entries before the next day's start.
                until = Self.calendar(timeZone).date(byAdding: .day, value: 1, to: start)
            }
        case "page":
            page = try QueryParameter(name: name, value: value).page()
        default:
            break
        }
    }

    /// The start of day `YYYY-MM-DD` in `timeZone`; nil for anything else, a day that does not exist included.
    public static func startOfDay(_ text: String, timeZone: TimeZone) -> Date? {
        guard text.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, parts[0] >= 1900 else { return nil }
        let calendar = calendar(timeZone)
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else {
            return nil
        }
        // The calendar rolls 2026-02-30 over to March; such a day does not exist.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == parts[0], back.month == parts[1], back.day == parts[2] else { return nil }
        return date
    }

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
