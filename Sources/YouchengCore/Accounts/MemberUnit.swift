import Foundation

/// A member unit of the joint-meeting mechanism (成员单位): the FAO, a bureau, a district, a zone, a university.
/// Every user belongs to one; an editor changes the records of their own unit.
///
/// Not `Unit`, the glossary's word: Foundation has a `Unit` of its own, and every file importing both modules would
/// have to spell ours `YouchengCore.Unit`.
public struct MemberUnit: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// The Chinese name (`商务局`); unique.
    public var nameZh: String
    /// The English name (`Bureau of Commerce`); may be empty.
    public var nameEn: String
    /// What kind of unit it is.
    public var kind: UnitKind
    /// The code of the home locality it speaks for (a district's own code), if any: editors of the unit may change
    /// partnerships of that locality and everything under it.
    public var homeCode: String?
    /// Who to call there; may be empty.
    public var contactPerson: String
    /// Inactive units stay on record (audit entries name them) but take no new users.
    public var active: Bool
    /// Incremented on every change, so a stale edit can be refused.
    public var version: Int

    /// Creates a unit.
    public init(
        id: Int64, nameZh: String, nameEn: String, kind: UnitKind, homeCode: String?, contactPerson: String,
        active: Bool = true, version: Int = 1
    ) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.kind = kind
        self.homeCode = homeCode
        self.contactPerson = contactPerson
        self.active = active
        self.version = version
    }

    /// The name in both languages (the Chinese one where there is no English name).
    public var name: Bilingual { Bilingual(zh: nameZh, en: nameEn.isEmpty ? nameZh : nameEn) }

    /// The unit a first administrator is put in when none is named: 外事办公室 / Foreign Affairs Office.
    public static let defaultDraft = UnitDraft(
        nameZh: "外事办公室", nameEn: "Foreign Affairs Office", kind: .fao, homeCode: nil, contactPerson: "")
}

/// A unit as a form, command or API call gives it; `validated()` trims it and checks the rules.
public struct UnitDraft: Sendable, Hashable {
    /// The Chinese name; required.
    public var nameZh: String
    /// The English name; may be empty.
    public var nameEn: String
    /// The kind.
    public var kind: UnitKind
    /// The home locality code, if any (checked against the locality tree by the store).
    public var homeCode: String?
    /// The contact person; may be empty.
    public var contactPerson: String

    /// Creates a draft.
    public init(nameZh: String, nameEn: String, kind: UnitKind, homeCode: String?, contactPerson: String) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.kind = kind
        self.homeCode = homeCode
        self.contactPerson = contactPerson
    }

    /// The draft with its text trimmed, or every broken rule: a Chinese name of 1–100 characters, an English
    /// name and a contact of at most 200.
    public func validated() throws(FieldErrors) -> UnitDraft {
        var draft = self
        draft.nameZh = nameZh.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.nameEn = nameEn.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.contactPerson = contactPerson.trimmingCharacters(in: .whitespacesAndNewlines)
        let home = homeCode?.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.homeCode = home?.isEmpty == true ? nil : home
        var errors: [FieldError] = []
        if draft.nameZh.isEmpty {
            errors.append(
                FieldError(
                    code: "required", field: "name_zh",
                    message: Bilingual(zh: "请填写单位中文名称", en: "the unit's Chinese name is required")))
        } else if draft.nameZh.count > 100 {
            errors.append(Self.tooLong("name_zh", zh: "单位中文名称", en: "the Chinese name", limit: 100))
        }
        if draft.nameEn.count > 200 {
            errors.append(Self.tooLong("name_en", zh: "单位英文名称", en: "the English name", limit: 200))
        }
        if draft.contactPerson.count > 200 {
            errors.append(Self.tooLong("contact", zh: "联系人", en: "the contact person", limit: 200))
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return draft
    }

    private static func tooLong(_ field: String, zh: String, en: String, limit: Int) -> FieldError {
        FieldError(
            code: "too_long", field: field,
            message: Bilingual(zh: "\(zh)不能超过 \(limit) 个字", en: "\(en) must be at most \(limit) characters"))
    }
}
