import YouchengCore

/// The filter form above a report page (dormant, anniversaries, activity): a row of fields sent back to the page
/// by GET, each showing what was asked for (`report-filters.mustache`).
struct ReportFilterForm: Sendable {
    /// One labelled input.
    struct Field: Sendable {
        let id: String
        let name: String
        let label: String
        let value: String
        let input: Input
    }

    /// The form's id, `<page>-filters`.
    let id: String
    let action: String
    let fields: [Field]

    /// A form sending `fields` to `route`.
    init(id: String, route: any Route, fields: [Field]) {
        self.id = id
        action = route.link()
        self.fields = fields
    }

    /// What a field accepts: its input type, the hint shown while empty, the bounds of a number.
    struct Input: Sendable {
        let type: String
        let placeholder: String?
        let min: Int?
        let max: Int?

        /// A day, written `YYYY-MM-DD`.
        static let day = Input(type: "text", placeholder: "YYYY-MM-DD", min: nil, max: nil)
    }
}

extension ReportFilterForm.Field {
    /// A date field (`from`, `to`, `as_of`) showing `value`.
    static func date(_ name: String, id: String, label: String, value: String) -> Self {
        Self(id: id, name: name, label: label, value: value, input: .day)
    }

    /// The `home` field, showing the home as the request wrote it.
    static func home(label: String, raw: QueryString, catalog: LabelCatalog, language: Language) -> Self {
        Self(
            id: "f-home", name: "home", label: label, value: raw["home"] ?? "",
            input: .init(type: "text", placeholder: catalog.text("home_placeholder", language), min: nil, max: nil))
    }

    /// The `years` field of the dormant rule, within its limits.
    static func years(label: String, value: Int) -> Self {
        let range = DormantRule.yearsRange
        return Self(
            id: "f-years", name: "years", label: label, value: String(value),
            input: .init(type: "number", placeholder: nil, min: range.lowerBound, max: range.upperBound))
    }

    /// The period fields `from` and `to`, labelled `activity_from` and `activity_to`.
    static func period(from: Day, to: Day, catalog: LabelCatalog, language: Language) -> [Self] {
        [
            date("from", id: "f-from", label: catalog.text("activity_from", language), value: from.description),
            date("to", id: "f-to", label: catalog.text("activity_to", language), value: to.description),
        ]
    }
}
