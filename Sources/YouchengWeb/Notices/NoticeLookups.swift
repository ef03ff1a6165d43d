import Foundation
import YouchengCore

/// What the notice pages and API read besides the notices: today, the units by id, a notice and whether the
/// principal may answer it.
extension WebDependencies {
    /// Today in the configured time zone, as a day (1 January 2000 in the one case `Day` refuses, a clock outside
    /// 1900–2100).
    var noticeToday: Day {
        Day(of: now(), in: configuration.timeZone) ?? Day(year: 2000, month: 1, day: 1)!
    }

    /// Every unit, inactive ones too (an old notice names them), by id.
    func noticeUnits() async throws -> [Int64: MemberUnit] {
        Dictionary(
            uniqueKeysWithValues: try await accounts.units.list(includeInactive: true).map { ($0.id, $0) })
    }

    /// Notice `id`, or `NoticeError.notFound`.
    func storedNotice(id: Int64) async throws -> NoticeDetail {
        guard let detail = try await services.notices.notice(id: id) else { throw NoticeError.notFound }
        return detail
    }
}
