import YouchengCore

/// The partner page's view model.
struct PartnerView: Sendable {
    /// One of the partner's partnerships.
    struct Row: Sendable {
        let partnership: PartnershipCells
        let notes: String
        let editHref: String
        let deleteHref: String
        /// Whether the user may edit and delete this partnership (its home is theirs).
        let mayEdit: Bool
        /// Read out after "Edit" and "Delete" by screen readers.
        let editTarget: String
        let saved: Bool
    }

    let id: Int64
    let title: String
    let nameZh: String
    let nameEn: String
    let country: String
    let countryCode: String
    let countryHref: String
    let continent: String?
    let rows: [Row]
    let savedNotice: String?
    /// Whether the user may write: only then is adding offered, and edit and delete on the rows that are theirs
    /// (the handlers check again).
    let mayWrite: Bool
    /// The history of the partner's partnerships, newest first; for writers only (it names the people who edited).
    let history: AuditHistoryView?
    /// The partner's exchanges and health.
    let activity: PartnerActivityView
    let addHref: String
    let listHref = RegistryRoute.partnerships.link()
    /// The partner's coordinates and, for writers, the form to set them.
    var place: PartnerPlaceView? = nil

    init(
        partner: Partner, partnerships: [PartnershipRecord], savedId: Int64?, deletedHome: String? = nil,
        mayWrite: Bool, mayEdit: (PartnershipRecord) -> Bool, history: AuditHistoryView?,
        activity: PartnerActivityView, display: Display, catalog: LabelCatalog
    ) {
        id = partner.id
        title = display.partner(partner)
        nameZh = partner.nameZh
        nameEn = partner.name
        country = display.country(partner.country)
        countryCode = partner.country
        countryHref = RegistryRoute.partnerships.link([("country", partner.country)])
        continent = display.reference.countries.country(partner.country)?.continent.map(display.continent)
        rows = partnerships.map { record in
            Row(
                partnership: PartnershipCells(record, display: display),
                notes: record.partnership.notes,
                editHref: RegistryRoute.editPartnership(id: record.partnership.id).link(),
                deleteHref: RegistryRoute.deletePartnershipConfirm(id: record.partnership.id).link(),
                mayEdit: mayEdit(record), editTarget: display.editTarget(record, catalog: catalog),
                saved: record.partnership.id == savedId)
        }
        savedNotice =
            savedId.flatMap { saved in partnerships.contains { $0.partnership.id == saved } ? saved : nil }
            .map { _ in catalog.text("partner_saved", display.language) }
            ?? deletedHome.flatMap(display.reference.localities.locality).map {
                catalog.text("partner_deleted", display.language, ["home": display.home($0)])
            }
        self.mayWrite = mayWrite
        self.history = history
        self.activity = activity
        addHref = RegistryRoute.newPartnership.link([
            ("partner", partner.name), ("partner_zh", partner.nameZh), ("country", partner.country),
        ])
    }
}
