import Foundation

/// A project as typed into the form, a file row or the API, every value as text; `validated(isNew:)` reads it into
/// a draft (and, for a new project, its first stage and day) or lists every field at fault by the names the form
/// and the API use: `title`, `partners`, `unit`, `kind`, `agreed`, `realised`, `currency`, `budget`, `actualCost`,
/// `source`, `stage`, `date`.
public struct ProjectForm: Sendable, Hashable {
    /// The title.
    public var title = ""
    /// The partners' ids, one a value.
    public var partners: [String] = []
    /// The owning unit's id.
    public var unit = ""
    /// The domain and kind, by code or either label.
    public var kind = ""
    /// The agreed amount.
    public var agreed = ""
    /// The realised amount.
    public var realised = ""
    /// Their currency (empty for CNY).
    public var currency = ""
    /// The office's budget (CNY).
    public var budget = ""
    /// The office's actual cost (CNY).
    public var actualCost = ""
    /// The source's kind (`exchange`, `noticeAnswer`, `decision`), empty for none.
    public var sourceKind = ""
    /// The source's reference (`12`, or `4/7` for a notice answer).
    public var sourceReference = ""
    /// A new project's first stage (empty for lead).
    public var stage = ""
    /// A new project's first day at that stage (empty for `today`).
    public var date = ""

    /// An empty form.
    public init() {}

    /// The form showing `draft`'s values.
    public init(_ draft: ProjectDraft) {
        title = draft.title
        partners = draft.partnerIds.map(String.init)
        unit = String(draft.unitId)
        kind = draft.kind.rawValue
        agreed = draft.agreed?.plain ?? ""
        realised = draft.realised?.plain ?? ""
        currency = draft.currency
        budget = draft.budget?.plain ?? ""
        actualCost = draft.actualCost?.plain ?? ""
        sourceKind = draft.source?.kind.rawValue ?? ""
        sourceReference = draft.source?.reference ?? ""
    }

    /// What a valid form gives: the draft, and the first stage and its day (used for a new project only).
    public struct Valid: Sendable, Hashable {
        /// The project's fields.
        public var draft: ProjectDraft
        /// The first stage.
        public var stage: ProjectStage
        /// The first stage's day.
        public var date: Day
    }

    /// The draft, or every broken rule: a title of 1–200 characters, at least one partner and a unit (ids; whether
    /// they exist is the store's question), a known kind, amounts that are non-negative numbers with at most two
    /// decimals, a three-letter currency, a source of a known kind with a reference of its shape, and for a new
    /// project a known stage and a real day not after `today`. Partners are ids, or names `names` reads as the
    /// exchanges' partner column does (several in one value separated by 、 , or ;).
    public func validated(today: Day, names: ExchangeImporter? = nil) -> Result<Valid, FieldErrors> {
        var errors: [FieldError] = []
        func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let title = trim(title)
        if title.isEmpty {
            errors.append(Self.error("required", "title", zh: "请填写项目名称", en: "the title is required"))
        } else if title.count > 200 {
            errors.append(
                Self.error("too_long", "title", zh: "项目名称不能超过 200 个字", en: "the title must be at most 200 characters"))
        }
        var partnerIds: [Int64] = []
        for text in partners.flatMap(ExchangeImporter.names) {
            var found = Int64(text).flatMap { $0 > 0 ? $0 : nil }
            var refusal = Bilingual(zh: "不是编号", en: "is not an id")
            if found == nil, let names {
                switch names.partner(text) {
                case .success(let id): found = id
                case .failure(let refused): refusal = refused.reason
                }
            }
            if let id = found {
                if !partnerIds.contains(id) { partnerIds.append(id) }
            } else {
                errors.append(
                    Self.error(
                        "invalid_partner", "partners", zh: "外方城市「\(text)」\(refusal.zh)",
                        en: "partner \"\(text)\" \(refusal.en)"))
            }
        }
        if partnerIds.isEmpty && !errors.contains(where: { $0.field == "partners" }) {
            errors.append(Self.error("required", "partners", zh: "请至少选择一个外方城市", en: "choose at least one partner"))
        }
        let unitId = Int64(trim(unit)).flatMap { $0 > 0 ? $0 : nil }
        if unitId == nil {
            errors.append(
                trim(unit).isEmpty
                    ? Self.error("required", "unit", zh: "请选择负责单位", en: "choose the owning unit")
                    : Self.error("invalid_unit", "unit", zh: "负责单位「\(unit)」不是编号", en: "unit \"\(unit)\" is not an id"))
        }
        let kind = ProjectKind(rawValue: trim(kind)) ?? ProjectKind(parsing: kind)
        if kind == nil {
            errors.append(Self.unknown("kind", kind: self.kind, ProjectKind.self, zh: "项目领域", en: "domain"))
        }
        let amounts = [
            ("agreed", agreed, "协议金额", "agreed amount"), ("realised", realised, "实现金额", "realised amount"),
            ("budget", budget, "预算", "budget"), ("actualCost", actualCost, "实际支出", "actual cost"),
        ].map { field, text, zh, en -> Money? in
            guard !trim(text).isEmpty else { return nil }
            guard let amount = Money(parsing: text) else {
                errors.append(
                    Self.error(
                        "invalid_amount", field, zh: "\(zh)「\(text)」无效，应为不小于 0、至多两位小数的数",
                        en: "\(en) \"\(text)\" is not valid: use a number from 0 with at most two decimals"))
                return nil
            }
            return amount
        }
        let currency = trim(currency).isEmpty ? CurrencyCode.home : CurrencyCode.read(currency)
        if currency == nil {
            errors.append(
                Self.error(
                    "invalid_currency", "currency", zh: "币种「\(self.currency)」无效，应为三个字母的 ISO 4217 代码（如 CNY、USD、EUR）",
                    en: "currency \"\(self.currency)\" is not valid: use a three-letter ISO 4217 code (CNY, USD, EUR …)"
                ))
        }
        let source = validatedSource(&errors)
        let stage =
            trim(stage).isEmpty
            ? ProjectStage.lead : ProjectStage(rawValue: trim(stage)) ?? ProjectStage(parsing: stage)
        if stage == nil {
            errors.append(Self.unknown("stage", kind: self.stage, ProjectStage.self, zh: "阶段", en: "stage"))
        }
        let day = trim(date).isEmpty ? today : Day(parsing: trim(date))
        if day == nil {
            errors.append(
                Self.error(
                    "invalid_date", "date", zh: "日期「\(date)」无效，应为 YYYY-MM-DD",
                    en: "date \"\(date)\" is not valid: use YYYY-MM-DD"))
        } else if let day, day > today {
            errors.append(ProjectError.futureDate(today).fieldError)
        }
        guard errors.isEmpty, let unitId, let kind, let currency, let stage, let day else {
            return .failure(FieldErrors(errors: errors))
        }
        let draft = ProjectDraft(
            title: title, partnerIds: partnerIds, unitId: unitId, kind: kind, agreed: amounts[0], realised: amounts[1],
            currency: currency, budget: amounts[2], actualCost: amounts[3], source: source)
        return .success(Valid(draft: draft, stage: stage, date: day))
    }

    private func validatedSource(_ errors: inout [FieldError]) -> ProjectSource? {
        let kindText = sourceKind.trimmingCharacters(in: .whitespaces)
        let reference = sourceReference.trimmingCharacters(in: .whitespaces)
        if kindText.isEmpty && reference.isEmpty { return nil }
        guard let kind = ProjectSourceKind(rawValue: kindText) ?? ProjectSourceKind(parsing: kindText) else {
            errors.append(Self.unknown("source", kind: kindText, ProjectSourceKind.self, zh: "来源类型", en: "source kind"))
            return nil
        }
        guard let source = ProjectSource(kind: kind, reference: reference) else {
            let shape = kind == .noticeAnswer ? "通知编号/单位编号（如 4/7）" : "编号"
            let shapeEn = kind == .noticeAnswer ? "notice id/unit id (such as 4/7)" : "an id"
            errors.append(
                Self.error(
                    "invalid_source", "source", zh: "来源「\(reference)」无效，应为\(shape)",
                    en: "source \"\(reference)\" is not valid: use \(shapeEn)"))
            return nil
        }
        return source
    }

    static func error(_ code: String, _ field: String, zh: String, en: String) -> FieldError {
        FieldError(code: code, field: field, message: Bilingual(zh: zh, en: en))
    }

    /// The error of field `field` whose value `text` is none of `V`'s codes or labels (or is empty).
    public static func unknown<V: Vocabulary>(_ field: String, kind text: String, _: V.Type, zh: String, en: String)
        -> FieldError
    {
        let known = V.allCases.map { "\($0.rawValue)（\($0.label.zh)）" }.joined(separator: "、")
        let knownEn = V.codes.joined(separator: ", ")
        return text.trimmingCharacters(in: .whitespaces).isEmpty
            ? error("required", field, zh: "请选择\(zh)：\(known)", en: "choose the \(en): \(knownEn)")
            : error(
                "unknown_\(field)", field, zh: "\(zh)「\(text)」无效，应为 \(known)",
                en: "\(en) \"\(text)\" is not valid: use \(knownEn)")
    }
}

extension ProjectError {
    /// The error as a field error, for forms and the API.
    public var fieldError: FieldError { FieldError(code: "refused", field: field, message: message) }
}
