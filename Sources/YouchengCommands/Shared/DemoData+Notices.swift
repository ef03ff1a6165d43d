import Foundation
import YouchengCore
import YouchengStore

extension DemoData {
    /// Sends two fictional demo notices when the database holds none and its registry is the demo: 金泽's request,
    /// to every active unit, answered by two units (one interested, one asking for more), and a fair invitation to
    /// two bureaus, not answered yet. Deadlines are two and four weeks from today in `timeZone`. Returns whether it
    /// sent them.
    @discardableResult
    public static func loadNoticesIfEmpty(into services: Services, timeZone: TimeZone = .current) async throws
        -> Bool
    {
        let notices = services.notices
        guard let today = Day(of: services.now(), in: timeZone),
            try await notices.list(NoticeQuery(per: 1), today: today).total == 0,
            try await isDemo(services.registry)
        else { return false }
        let units = try await services.accounts.units.list(includeInactive: false)
        let bureaus = units.filter { $0.nameZh.hasSuffix("局") }
        guard bureaus.count >= 2 else { return false }
        let kanazawa = try await services.registry.partners().first { $0.name == "Kanazawa" }
        let request = try await notices.create(
            NoticeDraft(
                title: "金泽市寻求中学缔结友好学校（演示）",
                body: "金泽市教育委员会希望与我市一所中学缔结友好学校，开展师生互访和线上交流。请有意向的单位答复并留联系人。（演示数据，虚构）",
                kind: .partnerRequest, partnerId: kanazawa?.id, deadline: Day(ordinal: today.ordinal + 14),
                addressees: .all),
            by: .system)
        for (unit, answer, comment) in [
            (bureaus[0], NoticeAnswer.interested, "可推荐两所中学，请安排对接。"),
            (bureaus[1], NoticeAnswer.needInfo, "请提供对方学校的规模和交流时间。"),
        ] {
            _ = try await notices.respond(
                noticeId: request.notice.id, unitId: unit.id,
                NoticeResponseDraft(answer: answer, comment: comment, contact: "王老师（演示）"), by: .system)
        }
        _ = try await notices.create(
            NoticeDraft(
                title: "友城合作展区参展邀请（演示）",
                body: "友城合作展区面向成员单位征集参展项目，请于截止日期前答复是否参展。（演示数据，虚构）",
                kind: .fairInvitation, deadline: Day(ordinal: today.ordinal + 28),
                addressees: .units(bureaus.prefix(2).map(\.id))),
            by: .system)
        return true
    }
}
