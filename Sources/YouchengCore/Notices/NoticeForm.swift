import Foundation

/// A notice as typed into the form or sent to the API, every value as text; `validated(today:)` reads it into a
/// draft or lists every field at fault, by the names both use: `title`, `body`, `kind`, `partner`, `deadline`,
/// `units`.
public struct NoticeForm: Sendable, Hashable {
    /// The title.
    public var title: String
    /// The text.
    public var body: String
    /// The kind, by code or either label (`partnerRequest`, `友城需求`).
    public var kind: String
    /// The partner's id; empty for none.
    public var partner: String
    /// The last day to answer (`2026-12-31`); empty for none.
    public var deadline: String
    /// Whether the notice goes to every active unit (then `units` is ignored).
    public var allUnits: Bool
    /// The ids of the units it goes to.
    public var units: [String]

    /// Creates a form.
    public init(
        title: String = "", body: String = "", kind: String = "", partner: String = "", deadline: String = "",
        allUnits: Bool = false, units: [String] = []
    ) {
        self.title = title
        self.body = body
        self.kind = kind
        self.partner = partner
        self.deadline = deadline
        self.allUnits = allUnits
        self.units = units
    }

    /// The draft, or every broken rule: a title of 1–200 characters, a text of at most 10,000, a known kind, a
    /// partner id that is a number, a deadline that is a real day and not before `today` (today itself is
    /// allowed), and all units or at least one unit id. Whether the ids name active units is the store's question.
    public func validated(today: Day) -> Result<NoticeDraft, FieldErrors> {
        var errors: [FieldError] = []
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty {
            errors.append(Self.error("required", "title", zh: "请填写通知标题", en: "the notice's title is required"))
        } else if title.count > 200 {
            errors.append(NoticeDraft.tooLong("title", zh: "通知标题", en: "the title", limit: 200))
        }
        if body.count > 10_000 {
            errors.append(NoticeDraft.tooLong("body", zh: "通知正文", en: "the text", limit: 10_000))
        }
        let kind = NoticeKind(parsing: kind)
        if kind == nil { errors.append(Self.unknownKind(self.kind)) }
        let partnerText = partner.trimmingCharacters(in: .whitespaces)
        let partnerId = Int64(partnerText)
        if !partnerText.isEmpty, partnerId == nil {
            errors.append(
                Self.error(
                    "invalid_partner", "partner", zh: "外方城市编号「\(partnerText)」无效",
                    en: "partner \"\(partnerText)\" is not a valid id"))
        }
        let (deadline, deadlineError) = Self.deadline(deadline, today: today)
        if let deadlineError { errors.append(deadlineError) }
        let (addressees, unitsError) = addressees
        if let unitsError { errors.append(unitsError) }
        guard errors.isEmpty, let kind, let addressees else { return .failure(FieldErrors(errors: errors)) }
        return .success(
            NoticeDraft(
                title: title, body: body, kind: kind, partnerId: partnerId, deadline: deadline,
                addressees: addressees))
    }

    private static func deadline(_ text: String, today: Day) -> (Day?, FieldError?) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return (nil, nil) }
        guard let day = Day(parsing: text) else {
            return (
                nil,
                error(
                    "invalid_date", "deadline", zh: "回复截止日期「\(text)」无效，应为 YYYY-MM-DD",
                    en: "deadline \"\(text)\" is not a valid date: use YYYY-MM-DD")
            )
        }
        guard day >= today else {
            return (
                nil,
                error(
                    "past_deadline", "deadline", zh: "回复截止日期 \(day) 已过（今天是 \(today)）",
                    en: "the deadline \(day) has passed (today is \(today))")
            )
        }
        return (day, nil)
    }

    private var addressees: (NoticeAddressees?, FieldError?) {
        if allUnits { return (.all, nil) }
        var ids: [Int64] = []
        for text in units.map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            guard let id = Int64(text) else {
                return (
                    nil,
                    Self.error(
                        "invalid_unit", "units", zh: "单位编号「\(text)」无效", en: "unit \"\(text)\" is not a valid id")
                )
            }
            if !ids.contains(id) { ids.append(id) }
        }
        guard !ids.isEmpty else {
            return (
                nil,
                Self.error(
                    "required", "units", zh: "请选择接收通知的单位，或选择全部单位",
                    en: "choose the units the notice goes to, or all units")
            )
        }
        return (.units(ids.sorted()), nil)
    }

    private static func unknownKind(_ text: String) -> FieldError {
        let known = NoticeKind.allCases.map { "\($0.rawValue)（\($0.label.zh)）" }.joined(separator: "、")
        let knownEn = NoticeKind.allCases.map(\.rawValue).joined(separator: ", ")
        return text.trimmingCharacters(in: .whitespaces).isEmpty
            ? error("required", "kind", zh: "请选择通知类型：\(known)", en: "choose the notice's kind: \(knownEn)")
            : error(
                "unknown_kind", "kind", zh: "通知类型「\(text)」无效，应为 \(known)",
                en: "kind \"\(text)\" is not valid: use \(knownEn)")
    }

    static func error(_ code: String, _ field: String, zh: String, en: String) -> FieldError {
        FieldError(code: code, field: field, message: Bilingual(zh: zh, en: en))
    }
}

extension NoticeDraft {
    /// The error for `field` longer than `limit` characters.
    static func tooLong(_ field: String, zh: String, en: String, limit: Int) -> FieldError {
        FieldError(
            code: "too_long", field: field,
            message: Bilingual(zh: "\(zh)不能超过 \(limit) 个字", en: "\(en) must be at most \(limit) characters"))
    }
}
