import Foundation

/// A unit's answer as a form or the API gives it, validated by `validated()`.
public struct NoticeResponseDraft: Sendable, Hashable {
    /// The answer.
    public var answer: NoticeAnswer
    /// A comment; at most 2,000 characters.
    public var comment: String
    /// Whom to contact at the unit about it; at most 200 characters.
    public var contact: String
    /// The exchange the notice led to, if any.
    public var exchangeId: Int64?

    /// Creates a draft.
    public init(answer: NoticeAnswer, comment: String = "", contact: String = "", exchangeId: Int64? = nil) {
        self.answer = answer
        self.comment = comment
        self.contact = contact
        self.exchangeId = exchangeId
    }

    /// The draft with its text trimmed, or every broken rule, naming `comment` or `contact`.
    public func validated() throws(FieldErrors) -> NoticeResponseDraft {
        var draft = self
        draft.comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.contact = contact.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if draft.comment.count > 2000 {
            errors.append(NoticeDraft.tooLong("comment", zh: "说明", en: "the comment", limit: 2000))
        }
        if draft.contact.count > 200 {
            errors.append(NoticeDraft.tooLong("contact", zh: "联系人", en: "the contact person", limit: 200))
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return draft
    }
}

/// A unit's answer to a notice as stored: one a unit, the latest (an earlier one stays in the audit log).
public struct NoticeResponse: Sendable, Hashable {
    /// The notice.
    public var noticeId: Int64
    /// The unit answering.
    public var unitId: Int64
    /// The answer, comment, contact and exchange.
    public var draft: NoticeResponseDraft
    /// When the unit first answered: what decides whether it answered on time.
    public var firstAnsweredAt: Date
    /// When the current answer was given.
    public var answeredAt: Date
    /// The username of who gave the current answer.
    public var answeredBy: String

    /// Creates a response.
    public init(
        noticeId: Int64, unitId: Int64, draft: NoticeResponseDraft, firstAnsweredAt: Date, answeredAt: Date,
        answeredBy: String
    ) {
        self.noticeId = noticeId
        self.unitId = unitId
        self.draft = draft
        self.firstAnsweredAt = firstAnsweredAt
        self.answeredAt = answeredAt
        self.answeredBy = answeredBy
    }
}

extension NoticeResponse: AuditedRecord {
    /// Notice, unit, answer, comment, contact and exchange.
    public var auditValues: [(String, String?)] {
        [
            ("noticeId", String(noticeId)), ("unitId", String(unitId)), ("answer", draft.answer.rawValue),
            ("comment", draft.comment), ("contact", draft.contact), ("exchangeId", draft.exchangeId.map(String.init)),
        ]
    }

    /// The audit entries' id of the answer of unit `unitId` to notice `noticeId`: `noticeId/unitId`.
    public static func auditId(noticeId: Int64, unitId: Int64) -> String { "\(noticeId)/\(unitId)" }
}
