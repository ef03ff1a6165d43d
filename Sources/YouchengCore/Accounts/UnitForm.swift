import Foundation

/// The fields of the unit form as typed (`name_zh`, `name_en`, `kind`, `home`, `contact`): kept as text so a refused
/// form comes back as it was filled in; `validate` turns them into a draft or every field's error at once.
public struct UnitForm: Sendable, Hashable {
    /// The Chinese name.
    public var nameZh = ""
    /// The English name.
    public var nameEn = ""
    /// The kind's code (`bureau`) or a label (`委办局`).
    public var kind = ""
    /// The home locality: a code, a full name or an unambiguous short name; empty for none.
    public var home = ""
    /// The contact person.
    public var contact = ""

    /// The form's field names, in the order errors are listed.
    public static let fieldNames = ["name_zh", "name_en", "kind", "home", "contact"]

    /// An empty form.
    public init() {}

    /// The form as posted.
    public init(fields: [String: String]) {
        nameZh = fields["name_zh"] ?? ""
        nameEn = fields["name_en"] ?? ""
        kind = fields["kind"] ?? ""
        home = fields["home"] ?? ""
        contact = fields["contact"] ?? ""
    }

    /// The form filled from a stored unit; `home` is the locality's full name when the tree knows it.
    public init(unit: MemberUnit, localities: LocalityDirectory) {
        nameZh = unit.nameZh
        nameEn = unit.nameEn
        kind = unit.kind.rawValue
        home = unit.homeCode.map { localities.locality($0)?.fullName ?? $0 } ?? ""
        contact = unit.contactPerson
    }

    /// The draft, or the error of every bad field: names (`UnitDraft.validated`), kind, home (resolved through the
    /// locality tree as the partnership form resolves it).
    public func validate(reference: ReferenceData) -> Result<UnitDraft, FieldErrors> {
        var errors: [FieldError] = []
        let kindText = kind.trimmingCharacters(in: .whitespacesAndNewlines)
        let parsedKind = UnitKind(rawValue: kindText) ?? UnitKind(parsing: kindText)
        if parsedKind == nil {
            let known = UnitKind.allCases.map(\.rawValue).joined(separator: ", ")
            errors.append(
                FieldError(
                    code: "unknown_kind", field: "kind",
                    message: Bilingual(
                        zh: "单位类型「\(kindText)」无效：应为 \(known)",
                        en: "unit kind \"\(kindText)\" is not valid: use \(known)")
                ))
        }
        var homeCode: String?
        let homeText = home.trimmingCharacters(in: .whitespacesAndNewlines)
        if !homeText.isEmpty {
            switch reference.localities.resolve(homeText) {
            case .success(let locality): homeCode = locality.code
            case .failure(let error):
                errors.append(FieldError(code: "invalid_home", field: "home", message: error.message))
            }
        }
        let draft = UnitDraft(
            nameZh: nameZh, nameEn: nameEn, kind: parsedKind ?? .other, homeCode: homeCode, contactPerson: contact)
        do {
            let valid = try draft.validated()
            if errors.isEmpty { return .success(valid) }
        } catch {
            errors += error.errors
        }
        let order = Self.fieldNames
        let sorted = errors.sorted {
            (order.firstIndex(of: $0.field ?? "") ?? order.count)
                < (order.firstIndex(of: $1.field ?? "") ?? order.count)
        }
        return .failure(FieldErrors(errors: sorted))
    }
}
