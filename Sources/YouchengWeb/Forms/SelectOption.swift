import YouchengCore

/// One option of a select or datalist.
struct SelectOption: Sendable {
    let value: String
    let label: String
    let selected: Bool

    init(value: String, label: String, selected: Bool = false) {
        self.value = value
        self.label = label
        self.selected = selected
    }
}

extension SelectOption {
    /// The suggestions of a home field: provinces and cities by full name, their code beside; a district is typed by
    /// its full name or code.
    static func homeSuggestions(_ reference: ReferenceData) -> [SelectOption] {
        reference.localities.byCode.values
            .filter { $0.level == .province || $0.level == .city }
            .sorted { $0.code < $1.code }
            .map { SelectOption(value: $0.fullName, label: $0.code) }
    }
}
