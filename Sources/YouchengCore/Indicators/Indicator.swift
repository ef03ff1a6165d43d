/// A category of the indicator list (指标类别), such as 友城布局 or 合作成效.
public struct IndicatorCategory: Sendable, Hashable, Codable {
    /// Its code (`layout`).
    public var code: String
    /// The Chinese name.
    public var nameZh: String
    /// The English name.
    public var nameEn: String
    /// Its place in the list.
    public var position: Int

    /// Creates a category.
    public init(code: String, nameZh: String, nameEn: String, position: Int) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.position = position
    }

    /// The name in `language`, falling back to the Chinese name.
    public func name(_ language: Language) -> String { language == .en && !nameEn.isEmpty ? nameEn : nameZh }
}

/// What an indicator is, as the form or the API gives it.
public struct IndicatorDraft: Sendable, Hashable {
    /// Its code, unique (`A1`, `flights`).
    public var code: String
    /// The category's code.
    public var category: String
    /// The Chinese name.
    public var nameZh: String
    /// The English name.
    public var nameEn: String
    /// The measurement unit as written (个, %, 次, 条 …).
    public var measure: String
    /// Whether more or less is better.
    public var direction: IndicatorDirection
    /// The formula computing its value, or nil when the value is entered by hand each year.
    public var formula: IndicatorFormula?
    /// Its place within its category.
    public var position: Int

    /// Creates a draft.
    public init(
        code: String, category: String, nameZh: String, nameEn: String, measure: String,
        direction: IndicatorDirection = .higher, formula: IndicatorFormula?, position: Int = 0
    ) {
        self.code = code
        self.category = category
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.measure = measure
        self.direction = direction
        self.formula = formula
        self.position = position
    }

    /// The name in `language`, falling back to the Chinese name.
    public func name(_ language: Language) -> String { language == .en && !nameEn.isEmpty ? nameEn : nameZh }
}

/// An indicator as stored: its id and version around its draft.
public struct Indicator: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// Incremented on every change.
    public var version: Int
    /// What it is.
    public var draft: IndicatorDraft

    /// Creates an indicator.
    public init(id: Int64, version: Int = 1, draft: IndicatorDraft) {
        self.id = id
        self.version = version
        self.draft = draft
    }
}

/// An indicator's figures for one year: its target, and for a hand-entered indicator its value and who provided it.
public struct IndicatorYear: Sendable, Hashable, Codable {
    /// The indicator.
    public var indicatorId: Int64
    /// The year.
    public var year: Int
    /// The target; nil when none is set.
    public var target: Double?
    /// The value entered by hand; nil when none (always nil for a computed indicator).
    public var value: Double?
    /// Who provided the value (市口岸办 …); empty when none.
    public var source: String

    /// Creates a year's figures.
    public init(indicatorId: Int64, year: Int, target: Double?, value: Double? = nil, source: String = "") {
        self.indicatorId = indicatorId
        self.year = year
        self.target = target
        self.value = value
        self.source = source
    }
}

extension Indicator: AuditedRecord {
    /// Code, category, names, measure, direction, formula (`manual` for hand-entered), position, then the version.
    public var auditValues: [(String, String?)] {
        [
            ("code", draft.code), ("category", draft.category), ("nameZh", draft.nameZh), ("nameEn", draft.nameEn),
            ("measure", draft.measure), ("direction", draft.direction.rawValue),
            ("formula", draft.formula?.rawValue ?? IndicatorDraft.manual), ("position", String(draft.position)),
            (FieldChange.versionField, String(version)),
        ]
    }
}

extension IndicatorYear: AuditedRecord {
    /// Year, target, value and source.
    public var auditValues: [(String, String?)] {
        [
            ("year", String(year)), ("target", target.map(IndicatorNumber.text)),
            ("value", value.map(IndicatorNumber.text)), ("source", source.isEmpty ? nil : source),
        ]
    }
}
