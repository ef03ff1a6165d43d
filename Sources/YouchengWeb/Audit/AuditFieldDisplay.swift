import YouchengCore

/// How an audit entry's changed fields read on a page: the field under the label its form uses, and the value as
/// the pages show it (names for codes, 是/否 for flags) rather than as stored.
struct AuditFieldDisplay: Sendable {
    let display: Display
    let catalog: LabelCatalog
    /// Unit names by id, to name a user's unit; an unknown id shows as `#id`.
    let unitNames: [Int64: String]
    /// Partner names by id, to name an exchange's partners.
    var partnerNames: [Int64: String] = [:]
    /// Domain names by code, to name an exchange's domains.
    var domainNames: [String: String] = [:]

    /// The label key of each audited field, by record type.
    private static let labelKeys: [AuditEntityType: [String: String]] = [
        .unit: [
            "nameZh": "unit_name_zh", "nameEn": "unit_name_en", "kind": "unit_kind", "homeCode": "unit_home",
            "contactPerson": "unit_contact", "active": "audit_active",
        ],
        .exchange: [
            "title": "exchange_field_title", "start": "exchange_field_start", "end": "exchange_field_end",
            "kind": "exchange_field_kind", "partners": "exchange_field_partners",
            "countries": "exchange_field_countries",
            "unitId": "exchange_field_unit", "rank": "exchange_field_rank", "people": "exchange_field_people",
            "domains": "exchange_field_domains", "outcomes": "exchange_field_outcomes",
            "members": "exchange_field_members",
            "budget": "exchange_field_budget", "actual": "exchange_field_actual",
            "version": "field_version",
        ],
        .user: [
            "username": "user_username", "unitId": "user_unit", "role": "user_role", "active": "audit_active",
            "password": "user_password",
        ],
        .notice: [
            "title": "notice_field_title", "body": "notice_field_body", "kind": "notice_field_kind",
            "partnerId": "notice_field_partner", "deadline": "notice_field_deadline",
            "allUnits": "notice_audit_all_units",
            "units": "notice_field_units",
        ],
        .noticeResponse: [
            "noticeId": "notice_audit_notice", "unitId": "notice_unit", "answer": "notice_answer_answer",
            "comment": "notice_answer_comment", "contact": "notice_answer_contact",
            "exchangeId": "notice_answer_exchange",
        ],
        .meeting: [
            "date": "meeting_field_date", "kind": "meeting_field_kind", "title": "meeting_field_title",
            "convenor": "meeting_field_convenor", "place": "meeting_field_place", "agenda": "meeting_agenda",
            "attendance": "meeting_attendance", "minutes": "meeting_field_minutes", "version": "field_version",
        ],
        .project: [
            "title": "project_field_title", "partners": "project_field_partners", "unitId": "project_field_unit",
            "kind": "project_field_kind", "agreed": "project_field_agreed", "realised": "project_field_realised",
            "currency": "project_field_currency", "budget": "project_field_budget",
            "actualCost": "project_field_actualCost", "source": "project_field_source", "stage": "project_field_stage",
            "date": "project_field_date", "reason": "project_field_reason", "note": "project_notes",
            "version": "field_version",
        ],
        .prospect: [
            "name": "prospect_field_name", "nameZh": "prospect_field_nameZh", "country": "prospect_field_country",
            "geonameId": "prospect_field_geonameId", "homeCode": "prospect_field_home", "unitId": "prospect_field_unit",
            "themes": "prospect_field_themes", "notes": "prospect_field_notes", "stage": "prospect_field_stage",
            "stageDate": "prospect_field_date", "partnershipId": "prospect_partnership",
            "reason": "prospect_field_reason",
            "version": "field_version",
        ],
        .indicator: [
            "code": "indicator_field_code", "category": "indicator_field_category", "nameZh": "indicator_field_nameZh",
            "nameEn": "indicator_field_nameEn", "measure": "indicator_field_measure",
            "direction": "indicator_field_direction", "formula": "indicator_field_formula",
            "position": "indicator_field_position", "version": "field_version",
        ],
        .indicatorYear: [
            "year": "indicators_year", "target": "indicator_year_field_target", "value": "indicator_year_field_value",
            "source": "indicator_year_field_source",
        ],
        .meetingDecision: [
            "meetingId": "meeting_audit_meeting", "number": "meeting_decision_number",
            "text": "meeting_decision_field_text", "taskId": "meeting_decision_task",
            "createdTask": "meeting_audit_created_task",
        ],
    ]

    /// The field's label; the stored name for fields without one (import counts, export filters).
    func label(_ type: AuditEntityType, _ field: String) -> String {
        if type == .partnership { return catalog.text("field_\(field)", display.language) }
        guard let key = Self.labelKeys[type]?[field] else { return field }
        return catalog.text(key, display.language)
    }

    /// The value as pages show it; `—` for none.
    func value(_ type: AuditEntityType, _ field: String, _ value: String?) -> String {
        guard let value, !value.isEmpty else { return "—" }
        switch (type, field) {
        case (.partnership, _): return display.partnershipValue(field, value)
        case (.exchange, _): return exchangeValue(field, value)
        case (_, "active"): return catalog.text(value == "true" ? "audit_yes" : "audit_no", display.language)
        case (.user, "role"): return Role(rawValue: value).map { display.text($0.label) } ?? value
        case (.user, "unitId"): return Int64(value).map { unitNames[$0] ?? "#\($0)" } ?? value
        case (.unit, "kind"): return UnitKind(rawValue: value).map { display.text($0.label) } ?? value
        case (.unit, "homeCode"): return display.reference.localities.locality(value).map(display.home) ?? value
        case (.notice, "kind"): return NoticeKind(rawValue: value).map { display.text($0.label) } ?? value
        case (.notice, "units"):
            return value.split(separator: ",").map { id in Int64(id).flatMap { unitNames[$0] } ?? "#\(id)" }
                .joined(separator: "、")
        case (.notice, "allUnits"): return catalog.text(value == "true" ? "audit_yes" : "audit_no", display.language)
        case (.noticeResponse, "answer"): return NoticeAnswer(rawValue: value).map { display.text($0.label) } ?? value
        case (.noticeResponse, "unitId"): return Int64(value).map { unitNames[$0] ?? "#\($0)" } ?? value
        case (.project, "stage"): return ProjectStage(rawValue: value).map { display.text($0.label) } ?? value
        case (.project, "kind"): return ProjectKind(rawValue: value).map { display.text($0.label) } ?? value
        case (.project, "unitId"): return Int64(value).map { unitNames[$0] ?? "#\($0)" } ?? value
        case (.project, "partners"):
            return value.split(separator: ",").map { id in Int64(id).flatMap { partnerNames[$0] } ?? "#\(id)" }
                .joined(separator: "、")
        case (.meeting, "kind"): return MeetingKind(rawValue: value).map { display.text($0.label) } ?? value
        case (.prospect, "stage"): return ProspectStage(rawValue: value).map { display.text($0.label) } ?? value
        case (.prospect, "unitId"): return Int64(value).map { unitNames[$0] ?? "#\($0)" } ?? value
        case (.meetingDecision, "createdTask"):
            return catalog.text(value == "true" ? "audit_yes" : "audit_no", display.language)
        default: return value
        }
    }

    /// An exchange field's audited value: names for kind, rank, partners, countries, unit and domains.
    private func exchangeValue(_ field: String, _ value: String) -> String {
        let list = value.split(separator: ",").map(String.init)
        switch field {
        case "kind": return ExchangeKind(rawValue: value).map { display.text($0.label) } ?? value
        case "rank": return LeaderRank(rawValue: value).map { display.text($0.label) } ?? value
        case "partners":
            return list.map { id in Int64(id).flatMap { partnerNames[$0] } ?? "#\(id)" }.joined(separator: "、")
        case "countries": return list.map(display.country).joined(separator: "、")
        case "unitId": return Int64(value).map { unitNames[$0] ?? "#\($0)" } ?? value
        case "domains": return list.map { domainNames[$0] ?? $0 }.joined(separator: "、")
        default: return value
        }
    }
}
