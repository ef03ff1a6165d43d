import YouchengCore

/// A prospect as a list row or a board card shows it: names, country, home, unit, stage and its day, themes, and
/// the link to its page.
struct ProspectRow: Sendable {
    let id: Int64
    let name: String
    let otherName: String?
    let href: String
    let country: CodedLabel
    let home: String
    let unit: String
    let stage: CodedLabel
    let date: String
    let themes: String?

    init(_ prospect: Prospect, units: [Int64: MemberUnit], display: Display) {
        let d = prospect.draft
        let language = display.language
        id = prospect.id
        name = d.displayName(language)
        let other = d.displayName(language == .zh ? .en : .zh)
        otherName = other == name || other.isEmpty ? nil : other
        href = PipelineRoute.prospect(id: prospect.id).link()
        country = CodedLabel(code: d.country, label: display.country(d.country))
        home = display.reference.localities.locality(d.homeCode).map(display.home) ?? d.homeCode
        unit = units[d.unitId]?.name.text(language) ?? "#\(d.unitId)"
        stage = CodedLabel(prospect.stage, display)
        date = prospect.stageDate.description
        themes = d.themes.isEmpty ? nil : d.themes.joined(separator: language == .zh ? "、" : ", ")
    }
}
