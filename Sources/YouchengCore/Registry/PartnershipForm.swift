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
        var countryCode = reference.countries.lookup(country)?.alpha2
        if let code = countryCode, CountryCatalog.domestic.contains(code) {
            countryCode = nil
            let reason = CountryCatalog.domesticReason
            errors.append(
                FieldError(
                    code: "invalid_country", field: "country",
                    message: Bilingual(
                        zh: "国家「\(t(country))」\(reason.zh)", en: "country \"\(t(country))\" \(reason.en)")))
        } else if countryCode == nil {
            errors.append(
                FieldError(
                    code: "invalid_country", field: "country",
                    message: t(country).isEmpty
                        ? Bilingual(zh: "请填写国家", en: "country is required")
                        : Bilingual(
                            zh: "国家「\(t(country))」不是已知的国家", en: "country \"\(t(country))\" is not a known country")))
        }
        let parsedKind = PartnershipKind(rawValue: t(kind)) ?? PartnershipKind(parsing: kind)
        if parsedKind == nil {
            errors.append(
                FieldError(code: "invalid_kind", field: "kind", message: Bilingual(zh: "类型无效", en: "kind is not valid"))
            )
        }
        var date: PartialDate?
        if !t(established).isEmpty {
            date = PartialDate(parsing: established)
            if date == nil {
                errors.append(
                    FieldError(
                        code: "invalid_date", field: "established",
                        message: Bilingual(
                            zh: "结好时间「\(t(established))」不是有效日期",
                            en: "established: \"\(t(established))\" is not a valid date")))
            }
        }
        let parsedStatus = PartnershipStatus(rawValue: t(status)) ?? PartnershipStatus(parsing: status)
        if parsedStatus == nil {
            errors.append(
                FieldError(
                    code: "invalid_status", field: "status", message: Bilingual(zh: "状态无效", en: "status is not valid")))
        }
        guard errors.isEmpty, let countryCode, let parsedKind, let parsedStatus else {
            return .failure(FieldErrors(errors: errors))
        }
        return .success(
            PartnershipDraft(
                homeCode: homeCode, partnerName: t(partner), partnerNameZh: t(partnerZh), country: countryCode,
                kind: parsedKind, established: date, status: parsedStatus, notes: t(notes)))
    }
}
