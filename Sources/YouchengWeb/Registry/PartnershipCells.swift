import YouchengCore

/// What a page shows of one partnership, in the page's language, with the links its cells carry. The list, the
/// partner page, the dormant and anniversaries pages put it in their rows (`{{partnership.home.label}}`) beside the
/// columns only they have, and the delete confirmation shows it too, so a partnership reads the same on all five.
/// A class, so that a template reading `partnership.home.label` passes it on by reference rather than copying its
/// dozen strings into a new box for every cell.
final class PartnershipCells: Sendable {
    let id: Int64
    /// The home, linking to the list of its partnerships.
    let home: LinkedLabel
    /// The partner's name in the page's language (falling back to the other), linking to the partner's page.
    let partner: LinkedLabel
    let country: CodedLabel
    let kind: CodedLabel
    /// The home's level: province, city or district.
    let level: String
    let established: String
    let status: CodedLabel

    init(_ record: PartnershipRecord, display: Display) {
        let partnership = record.partnership
        id = partnership.id
        home = LinkedLabel(
            label: display.home(record.home), href: RegistryRoute.partnerships.link([("home", record.home.code)]))
        partner = LinkedLabel(
            label: display.partner(record.partner), href: RegistryRoute.partner(id: record.partner.id).link())
        country = CodedLabel(code: record.partner.country, label: display.country(record.partner.country))
        kind = CodedLabel(code: partnership.kind.rawValue, label: display.kind(partnership.kind))
        level = display.level(record.home.level)
        established = display.date(partnership.established)
        status = CodedLabel(partnership.status, display)
    }
}
