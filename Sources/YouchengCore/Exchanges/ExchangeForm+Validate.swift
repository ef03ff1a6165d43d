import Foundation

extension ExchangeForm {
    /// The most members one delegation may list.
    public static let maxMembers = 500

    /// The draft the form describes, or every refused field with its message. Values are read as an exchanges file's
    /// are (`ExchangeImporter`), so a name the import refuses is refused here with the same reason. `units` are the
    /// units the form offers; a blank unit is allowed (the caller decides whether the user may save that).
    public func validate(importer: ExchangeImporter, units: [MemberUnit]) -> Result<ExchangeDraft, FieldErrors> {
        var errors: [FieldError] = []
        func refuse(_ field: String, _ message: Bilingual) {
            errors.append(FieldError(code: "invalid_\(field)", field: field, message: message))
        }
        func read<T>(_ field: String, _ text: String, _ reader: (String) -> Result<T, RegistryValue.Refusal>) -> T? {
            switch reader(text) {
            case .success(let value): return value
            case .failure(let refusal):
                refuse(field, Bilingual(zh: "「\(text)」\(refusal.reason.zh)", en: "\"\(text)\" \(refusal.reason.en)"))
                return nil
            }
        }
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func required<T>(_ field: String, _ text: String, _ reader: (String) -> Result<T, RegistryValue.Refusal>)
            -> T?
        {
            let text = trimmed(text)
            guard !text.isEmpty else {
                refuse(field, Bilingual(zh: "必填", en: "is required"))
                return nil
            }
            return read(field, text, reader)
        }
        func optional<T>(_ field: String, _ text: String, _ reader: (String) -> Result<T, RegistryValue.Refusal>)
            -> T?
        {
            let text = trimmed(text)
            return text.isEmpty ? nil : read(field, text, reader)
        }
        /// Every name of a list field resolved; each refused name gets its own message.
        func list<T: Equatable>(
            _ field: String, _ text: String, _ resolve: (String) -> Result<T, RegistryValue.Refusal>
        )
            -> [T]
        {
            var names = ExchangeImporter.names(text)
            if names.count > 1, case .success = resolve(trimmed(text)) { names = [trimmed(text)] }
            var values: [T] = []
            for name in names {
                if let value = read(field, name, resolve), !values.contains(value) { values.append(value) }
            }
            return values
        }

        let title = required("title", self.title) { RegistryValue.text($0, limit: ExchangeImporter.maxTitleLength) }
        let start = required("start", self.start, ExchangeImporter.day)
        var end = optional("end", self.end, ExchangeImporter.day)
        if let start, let readEnd = end, readEnd < start {
            refuse("end", Bilingual(zh: "早于开始日期 \(start)", en: "is before the start date \(start)"))
            end = nil
        }
        let kind = required("kind", self.kind, ExchangeImporter.kind)
        // Countries first: a partner name several partners share is resolved by them, as in an imported row.
        let countries = list("countries", self.countries, importer.country)
        let partnerIds = list("partners", self.partners) { importer.partner($0, in: countries) }
        let unitId = optional("unit", self.unit) { text -> Result<Int64, RegistryValue.Refusal> in
            guard let id = Int64(text), units.contains(where: { $0.id == id }) else {
                return .failure(.init(Bilingual(zh: "不是可选的主办单位", en: "is not a unit you can choose")))
            }
            return .success(id)
        }
        let rank = optional("rank", self.rank, ExchangeImporter.rank)
        let people = optional("people", self.people, ExchangeImporter.people)
        let domains = self.domains.flatMap { list("domains", $0, importer.domain) }
        let outcomes = optional("outcomes", self.outcomes) {
            RegistryValue.text($0, limit: ExchangeImporter.maxOutcomesLength, multiline: true)
        }
        let members = readMembers(kind: kind, refuse: refuse)
        let budget = optional("budget", self.budget, ExchangeImporter.money)
        let actual = optional("actual", self.actual, ExchangeImporter.money)
        guard errors.isEmpty, let title, let start, let kind else { return .failure(FieldErrors(errors: errors)) }
        return .success(
            ExchangeDraft(
                title: title, start: start, end: end ?? start, kind: kind, partnerIds: partnerIds,
                countries: countries, unitId: unitId, rank: rank, people: people, domains: Array(Set(domains)).sorted(),
                outcomes: outcomes ?? "", members: members, budget: budget, actual: actual))
    }

    /// The members field, one member a line (`name, unit, title`); only outgoing delegations have members.
    private func readMembers(kind: ExchangeKind?, refuse: (String, Bilingual) -> Void) -> [DelegationMember] {
        let lines = members.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return [] }
        guard kind == nil || kind == .outgoingDelegation else {
            refuse("members", Bilingual(zh: "只有出访团组有团员名单", en: "only outgoing delegations have members"))
            return []
        }
        guard lines.count <= Self.maxMembers else {
            refuse(
                "members", Bilingual(zh: "最多 \(Self.maxMembers) 名团员", en: "at most \(Self.maxMembers) members"))
            return []
        }
        var out: [DelegationMember] = []
        for (n, line) in lines.enumerated() {
            let parts = line.split(separator: ",", omittingEmptySubsequences: false)
                .flatMap { $0.split(separator: "，", omittingEmptySubsequences: false) }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count <= 3, let name = parts.first, !name.isEmpty, line.count <= 300 else {
                refuse(
                    "members",
                    Bilingual(
                        zh: "第 \(n + 1) 行「\(line)」应为“姓名, 单位, 职务”",
                        en: "line \(n + 1) \"\(line)\" is not `name, unit, title`"))
                return []
            }
            out.append(
                DelegationMember(
                    name: name, unit: parts.count > 1 ? parts[1] : "", title: parts.count > 2 ? parts[2] : ""))
        }
        return out
    }
}
