/// The fields of the partnership form and the API (`home`, `partner`, `partner_zh`, `country`, `kind`,
/// `established`, `status`, `notes`), as strings, validated into a draft or field errors.
public struct PartnershipForm: Sendable, Hashable, Codable {
    /// Home: code, full name or unambiguous short name.
    public var home = ""
    /// Partner name in English / own language.
    public var partner = ""
    /// Partner name in Chinese.
    public var partnerZh = ""
    /// Country: code or name.
    public var country = ""
    /// `sisterCity` or `friendshipCity` (or any spelling the import accepts).
    public var kind = PartnershipKind.sisterCity.rawValue
    /// Established date as written.
    public var established = ""
    /// `active`, `suspended` or `ended`.
    public var status = PartnershipStatus.active.rawValue
    /// Notes.
    public var notes = ""

    /// An empty form with defaults.
    public init() {}

    /// The form filled from a stored record, for editing.
    public init(record: PartnershipRecord) {
        home = record.home.code
        partner = record.partner.name
        partnerZh = record.partner.nameZh
        country = record.partner.country
        kind = record.partnership.kind.rawValue
        established = record.partnership.established?.description ?? ""
        status = record.partnership.status.rawValue
        notes = record.partnership.notes
    }

    /// Reads form fields by name (`partner_zh` for `partnerZh`); absent fields keep their defaults.
    public init(fields: [String: String]) {
        home = fields["home"] ?? ""
        partner = fields["partner"] ?? ""
        partnerZh = fields["partner_zh"] ?? ""
        country = fields["country"] ?? ""
        kind = fields["kind"] ?? kind
        established = fields["established"] ?? ""
        status = fields["status"] ?? status
        notes = fields["notes"] ?? ""
    }

    /// The fields by form name, as `init(fields:)` reads them.
    public var fields: [String: String] {
        [
            "home": home, "partner": partner, "partner_zh": partnerZh, "country": country, "kind": kind,
            "established": established, "status": status, "notes": notes,
        ]
    }

    /// The draft, or every field error found.
    public func validate(reference: ReferenceData) -> Result<PartnershipDraft, FieldErrors> {
        var errors: [FieldError] = []
        let t = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines) }
        var homeCode = ""
        if t(home).isEmpty {
            errors.append(
                FieldError(code: "required", field: "home", message: Bilingual(zh: "请填写本地主体", en: "home is required")))
        } else {
            switch reference.localities.resolve(home) {
            case .success(let locality): homeCode = locality.code
            case .failure(let error):
                errors.append(FieldError(code: "invalid_home", field: "home", message: error.message))
            }
        }
        if t(partner).isEmpty && t(partnerZh).isEmpty {
            errors.append(
                FieldError(
                    code: "required", field: "partner",
                    message: Bilingual(zh: "外方城市中文名或英文名至少填一个", en: "give the partner's Chinese or English name")))
        }
        /// The value of `text`, or nil with a field error naming the column and the text.
        func read<T>(_ text: String, _ parse: (String) -> Result<T, RegistryValue.Refusal>, _ column: RegistryColumn)
            -> T?
        {
            switch parse(t(text)) {
            case .success(let value): return value
            case .failure(let refusal):
                errors.append(
                    FieldError(
                        code: "invalid_\(column.rawValue)", column: column, field: column.rawValue, value: t(text),
                        reason: refusal.reason))
                return nil
            }
        }
        let partnerName = read(partner, { RegistryValue.text($0, limit: RegistryValue.maxNameLength) }, .partner)
        let partnerNameZh = read(partnerZh, { RegistryValue.text($0, limit: RegistryValue.maxNameLength) }, .partnerZh)
        let notesText = read(
            notes, { RegistryValue.text($0, limit: RegistryValue.maxNotesLength, multiline: true) }, .notes)
        var countryCode: String?
        if t(country).isEmpty {
            errors.append(
                FieldError(
                    code: "required", field: "country", message: Bilingual(zh: "请填写国家", en: "country is required")))
        } else {
            countryCode = read(country, { RegistryValue.country($0, in: reference.countries) }, .country)
        }
        let parsedKind = read(kind, RegistryValue.kind, .kind)
        let date = t(established).isEmpty ? nil : read(established, RegistryValue.date, .established)
        let parsedStatus = read(status, RegistryValue.status, .status)
        guard errors.isEmpty, let countryCode, let parsedKind, let parsedStatus, let partnerName, let partnerNameZh,
            let notesText
        else {
            return .failure(FieldErrors(errors: errors))
        }
        return .success(
            PartnershipDraft(
                homeCode: homeCode, partnerName: partnerName, partnerNameZh: partnerNameZh, country: countryCode,
                kind: parsedKind, established: date, status: parsedStatus, notes: notesText))
    }
}
