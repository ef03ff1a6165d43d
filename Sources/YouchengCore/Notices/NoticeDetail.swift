import Foundation

/// A notice with the units' current answers: who answered what, who has not, whose silence is overdue.
public struct NoticeDetail: Sendable, Hashable {
    /// The notice.
    public var notice: Notice
    /// The current answer of each unit that answered, by unit id.
    public var responses: [Int64: NoticeResponse]

    /// Creates a detail; answers of units the notice is not addressed to are left out.
    public init(notice: Notice, responses: [NoticeResponse]) {
        self.notice = notice
        let addressed = Set(notice.unitIds)
        self.responses = Dictionary(
            responses.filter { addressed.contains($0.unitId) }.map { ($0.unitId, $0) }, uniquingKeysWith: { $1 })
    }

    /// The addressed units that have not answered, in id order.
    public var unanswered: [Int64] { notice.unitIds.filter { responses[$0] == nil } }

    /// How many addressed units have answered.
    public var answeredCount: Int { responses.count }

    /// The units whose answer is overdue on `today`: the deadline has passed (the deadline day itself is still on
    /// time) and they have not answered. None for a notice without a deadline.
    public func overdue(on today: Day) -> [Int64] { notice.isPastDeadline(on: today) ? unanswered : [] }

    /// Unit `unitId`'s answer `draft` given at `time` by `username`: the unit's only answer, replacing an earlier
    /// one (the latest counts) but keeping the time of its first answer, which decides whether it answered on time.
    /// Throws `NoticeError.notAddressed` for a unit the notice is not addressed to.
    public func answering(
        _ draft: NoticeResponseDraft, unitId: Int64, at time: Date, by username: String
    ) throws(NoticeError) -> NoticeResponse {
        guard notice.unitIds.contains(unitId) else { throw .notAddressed(unitId: unitId) }
        return NoticeResponse(
            noticeId: notice.id, unitId: unitId, draft: draft,
            firstAnsweredAt: responses[unitId]?.firstAnsweredAt ?? time, answeredAt: time, answeredBy: username)
    }
}

/// Errors of notices that users can cause.
public enum NoticeError: Error, Sendable, Equatable {
    /// No notice with that id.
    case notFound
    /// The notice is not addressed to this unit, which therefore cannot answer it.
    case notAddressed(unitId: Int64)
    /// A unit named as an addressee does not exist or is inactive (its id as given).
    case unknownUnit(Int64)
    /// The partner named does not exist (its id as given).
    case unknownPartner(Int64)
    /// The exchange named as the outcome does not exist (its id as given).
    case unknownExchange(Int64)

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .notFound: Bilingual(zh: "通知不存在", en: "no such notice")
        case .notAddressed:
            Bilingual(
                zh: "该通知没有发给您所在的单位，不能代为回复",
                en: "the notice is not addressed to your unit, so you cannot answer it")
        case .unknownUnit(let id):
            Bilingual(zh: "单位 \(id) 不存在或已停用", en: "unit \(id) does not exist or is inactive")
        case .unknownPartner(let id): Bilingual(zh: "外方城市 \(id) 不存在", en: "partner \(id) does not exist")
        case .unknownExchange(let id): Bilingual(zh: "交流活动 \(id) 不存在", en: "exchange \(id) does not exist")
        }
    }

    /// The field the error is about, as forms and the API name it; nil for none.
    public var field: String? {
        switch self {
        case .notFound, .notAddressed: nil
        case .unknownUnit: "units"
        case .unknownPartner: "partner"
        case .unknownExchange: "exchange"
        }
    }
}
