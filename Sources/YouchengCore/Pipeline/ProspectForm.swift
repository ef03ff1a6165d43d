import Foundation

/// A prospect as a form, a link or an API call gives it, every field as text, checked by `validated(reference:)`.
/// The field names are the API's: `home`, `name`, `nameZh`, `country`, `geonameId`, `unit`, `themes`, `notes`, and
/// for a new prospect `stage` and `date`.
public struct ProspectForm: Sendable, Hashable {
    /// The home locality: a code or a name.
    public var home: String
    /// The name in English or its own language.
    public var name: String
    /// The Chinese name.
    public var nameZh: String
    /// The country, alpha-2.
    public var country: String
    /// The GeoNames id, if any.
    public var geonameId: String
    /// The sponsoring unit's id.
    public var unit: String
    /// Themes separated by commas, 、 or semicolons.
    public var themes: String
    /// Free notes.
    public var notes: String
    /// The stage a new prospect is entered at (empty: identified).
    public var stage: String
    /// The day of that stage (empty: today).
    public var date: String

    /// The longest name accepted.
    public static let maxName = 200
    /// The most themes.
    public static let maxThemes = 20
    /// The longest theme.
    public static let maxTheme = 50
    /// The longest notes.
    public static let maxNotes = 5000

    /// Creates a form.
    public init(
        home: String = "", name: String = "", nameZh: String = "", country: String = "", geonameId: String = "",
        unit: String = "", themes: String = "", notes: String = "", stage: String = "", date: String = ""
    ) {
        self.home = home
        self.name = name
        self.nameZh = nameZh
        self.country = country
        self.geonameId = geonameId
        self.unit = unit
        self.themes = themes
        self.notes = notes
        self.stage = stage
        self.date = date
    }

    /// The form of a stored prospect, for editing.
    public init(_ prospect: Prospect) {
        let d = prospect.draft
        self.init(
            home: d.homeCode, name: d.name, nameZh: d.nameZh, country: d.country,
            geonameId: d.geonameId.map(String.init) ?? "", unit: String(d.unitId),
            themes: d.themes.joined(separator: "、"),
            notes: d.notes)
    }

    /// `themes` split at commas, 、 and semicolons (either width) and normalised.
    public static func themes(_ text: String) -> [String] {
        ProspectDraft.normalised(themes: text.components(separatedBy: CharacterSet(charactersIn: ",，、;；\n")))
    }

    /// What a valid form says.
    public struct Checked: Sendable, Hashable {
        /// The prospect's fields.
        public var draft: ProspectDraft
        /// The stage to enter it at.
        public var stage: ProspectStage
        /// The day of that stage; nil for today.
        public var date: Day?
    }

    /// The draft, or every refused field with a message naming it.
    public func validated(reference: ReferenceData) -> Result<Checked, FieldErrors> {
        var errors: [FieldError] = []
        func refuse(_ field: String, _ zh: String, _ en: String) {
            errors.append(FieldError(code: "invalid", field: field, message: Bilingual(zh: zh, en: en)))
        }
        let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
        var homeCode = ""
        if trimmed(home).isEmpty {
            refuse("home", "本地主体：必填", "home: required")
        } else {
            do { homeCode = try reference.localities.homeParameter(trimmed(home)).code } catch { errors.append(error) }
        }
        let name = trimmed(self.name)
        let nameZh = trimmed(self.nameZh)
        if name.isEmpty && nameZh.isEmpty { refuse("name", "名称：外文名与中文名至少填一个", "name: give a name or a Chinese name") }
        if name.count > Self.maxName { refuse("name", "外文名：最多 200 字", "name: at most 200 characters") }
        if nameZh.count > Self.maxName { refuse("nameZh", "中文名：最多 200 字", "nameZh: at most 200 characters") }
        let country = trimmed(self.country).uppercased()
        if reference.countries.country(country) == nil {
            refuse("country", "国家：「\(country)」不是两位国家代码", "country: \"\(country)\" is not a country code")
        }
        var geonameId: Int64?
        if !trimmed(self.geonameId).isEmpty {
            geonameId = Int64(trimmed(self.geonameId)).flatMap { $0 > 0 ? $0 : nil }
            if geonameId == nil {
                refuse("geonameId", "GeoNames 编号：应为正整数", "geonameId: must be a positive whole number")
            }
        }
        let unitId = Int64(trimmed(unit)).flatMap { $0 > 0 ? $0 : nil }
        if unitId == nil { refuse("unit", "推进单位：必选", "unit: choose the sponsoring unit") }
        let themes = Self.themes(self.themes)
        if themes.count > Self.maxThemes { refuse("themes", "主题：最多 20 个", "themes: at most 20") }
        if themes.contains(where: { $0.count > Self.maxTheme }) {
            refuse("themes", "主题：每个最多 50 字", "themes: each at most 50 characters")
        }
        if notes.count > Self.maxNotes { refuse("notes", "备注：最多 5000 字", "notes: at most 5,000 characters") }
        var stage = ProspectStage.identified
        if !trimmed(self.stage).isEmpty {
            if let parsed = ProspectStage(rawValue: trimmed(self.stage)) ?? ProspectStage(parsing: trimmed(self.stage)),
                parsed.isOpen
            {
                stage = parsed
            } else {
                refuse("stage", "阶段：新建时应为物色至批准之一", "stage: a new prospect is at identified … approved")
            }
        }
        var date: Day?
        if !trimmed(self.date).isEmpty {
            date = Day(parsing: trimmed(self.date))
            if date == nil { refuse("date", "日期：应为 YYYY-MM-DD", "date: must be YYYY-MM-DD") }
        }
        guard errors.isEmpty, let unitId else { return .failure(FieldErrors(errors: errors)) }
        let draft = ProspectDraft(
            name: name, nameZh: nameZh, country: country, geonameId: geonameId, homeCode: homeCode, unitId: unitId,
            themes: themes, notes: notes.trimmingCharacters(in: .whitespacesAndNewlines))
        return .success(Checked(draft: draft, stage: stage, date: date))
    }
}
