import Foundation
import YouchengCore

/// One audit entry as the audit log and the history component show it: time in the deployment's time zone, actor,
/// unit, action, the entity (linked to its page where it has one) and each changed field before → after.
struct AuditEntryRow: Sendable {
    /// One changed field.
    struct Change: Sendable {
        /// The field as stored (`data-field`).
        let code: String
        let field: String
        let before: String
        let after: String
    }

    let id: Int64
    let time: String
    let actor: String
    let unit: String
    let action: CodedLabel
    let entityType: CodedLabel
    let entityId: String
    let entityHref: String?
    let changes: [Change]

    /// `unitNames` names the actor's unit by id; an unknown unit shows its id.
    init(_ entry: AuditEntry, fields: AuditFieldDisplay, timeZone: TimeZone) {
        let display = fields.display
        let unitNames = fields.unitNames
        id = entry.id
        time = Self.clock(entry.time, timeZone)
        actor = entry.actor
        unit = entry.unitId.map { unitNames[$0] ?? "#\($0)" } ?? ""
        action = CodedLabel(entry.action, display)
        entityType = CodedLabel(entry.entityType, display)
        entityId = entry.entityId ?? ""
        entityHref = Self.link(entry.entityType, entry.entityId) ?? Self.reportTaskLink(entry)
        changes = entry.changes.map {
            Change(
                code: $0.field, field: fields.label(entry.entityType, $0.field),
                before: fields.value(entry.entityType, $0.field, $0.before),
                after: fields.value(entry.entityType, $0.field, $0.after))
        }
    }

    /// The page of the record an entry is about, where there is one.
    static func link(_ type: AuditEntityType, _ id: String?) -> String? {
        guard let id = id.flatMap({ Int64($0) }), id > 0 else { return nil }
        switch type {
        case .partnership: return RegistryRoute.editPartnership(id: id).link()
        case .partner: return RegistryRoute.partner(id: id).link()
        case .unit: return AccountRoute.editUnit(id: id).link()
        case .user: return AccountRoute.editUser(id: id).link()
        case .token, .registry, .exchange, .setting, .peer: return nil
        case .notice: return NoticeRoute.notice(id: id).link()
        case .noticeResponse: return nil
        case .plan: return PlanRoute.plan(id: id).link()
        case .planTask: return PlanRoute.task(id: id).link()
        case .progressReport: return nil
        case .meeting: return MeetingRoute.meeting(id: id).link()
        case .meetingDecision: return nil
        case .project: return ProjectRoute.project(id: id).link()
        case .prospect: return PipelineRoute.prospect(id: id).link()
        case .pipelineTarget: return nil
        case .indicator: return IndicatorRoute.editIndicator(id: id).link()
        case .indicatorYear: return nil
        case .matchSettings: return MatchingRoute.settings.link([("home", String(id))])
        case .cityThemes: return MatchingRoute.cityThemes(geonameId: id).link()
        }
    }

    /// `2026-11-23 20:00:00` in `timeZone`.
    static func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { (n ?? 0) < 10 ? "0\(n ?? 0)" : String(n ?? 0) }
        return "\(p.year ?? 0)-\(two(p.month))-\(two(p.day)) \(two(p.hour)):\(two(p.minute)):\(two(p.second))"
    }
}
