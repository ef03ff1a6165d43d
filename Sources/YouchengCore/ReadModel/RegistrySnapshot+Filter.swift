extension RegistrySnapshot {
    /// One page of partnerships matching `query`, sorted as it says: the same page the SQL store answers.
    public func list(_ query: PartnershipQuery, reference: ReferenceData) -> PartnershipPage {
        let matches = Matcher(query, reference: reference, columns: columns)
        let first = (query.page - 1) * query.per
        var items: [PartnershipRecord] = []
        var total = 0
        for position in candidates(matches, query) where matches(columns, Int(position)) {
            if total >= first && items.count < query.per { items.append(columns.record(Int(position))) }
            total += 1
        }
        return PartnershipPage(items: items, total: total, page: query.page, per: query.per)
    }

    /// Every partnership matching `query` (page ignored), sorted as it says.
    public func all(_ query: PartnershipQuery, reference: ReferenceData) -> [PartnershipRecord] {
        let matches = Matcher(query, reference: reference, columns: columns)
        return candidates(matches, query).lazy.filter { matches(columns, Int($0)) }.map { columns.record(Int($0)) }
    }

    /// The rows `matches` may accept, in `query`'s order: when the query names countries holding under a third of
    /// the rows (one country, a group), only those partners' rows, sorted; otherwise every row.
    private func candidates(_ matches: Matcher, _ query: PartnershipQuery) -> [Int32] {
        guard let allowed = matches.partnerCountries else { return order(query) }
        let partners = allowed.indices.filter { allowed[$0] }
        let count = partners.reduce(0) { $0 + Int(partnerRowStart[$1 + 1] - partnerRowStart[$1]) }
        guard count * 3 < columns.id.count else { return order(query) }
        var rows: [Int32] = []
        rows.reserveCapacity(count)
        for partner in partners {
            rows.append(contentsOf: partnerRows[Int(partnerRowStart[partner])..<Int(partnerRowStart[partner + 1])])
        }
        return order(rows, query)
    }

    /// Established dates are ISO text at their own precision: one is on or before `end` when its period starts by
    /// the end of `end`'s period (it sorts before `end`, or lies within it).
    static func established(_ date: String, onOrBefore end: String) -> Bool {
        !end.utf8.lexicographicallyPrecedes(date.utf8) || date.utf8.starts(with: end.utf8)
    }

    /// One is on or after `start` when its period ends at or after `start` begins (`1985` is on or after `1985-03`).
    static func established(_ date: String, onOrAfter start: String) -> Bool {
        !date.utf8.lexicographicallyPrecedes(start.utf8) || start.utf8.starts(with: date.utf8)
    }
}

/// A list query's filters, worked out once and tried on each row.
struct Matcher {
    /// The text lowercased, and whether it matches each partner entry by its names or its country.
    let text: (lowered: [UInt8], partners: [Bool])?
    /// One flag per partner number, whether its country is allowed; nil when the query does not narrow countries.
    let partnerCountries: [Bool]?
    /// One flag per home number (see `Symbols`), nil when the query does not narrow them.
    let kind: PartnershipKind?
    let level: LocalityLevel?
    let homes: [Bool]?
    let statuses: [PartnershipStatus]
    let from: String?
    let to: String?

    init(_ query: PartnershipQuery, reference: ReferenceData, columns: RegistrySnapshot.Columns) {
        text = query.text.map { text in
            let lowered = Array(text.lowercased().utf8)
            let folded = Array(NameKey.fold(text).utf8)
            let countries = columns.partners.countrySymbols.flags(reference.countries.countriesMatching(text))
            // The folded name only when folding left something: "%" must not match every name.
            let table = columns.partners
            let partners = (0..<table.count).map { partner in
                table.nameZhLowered.contains(partner, bytes: lowered)
                    || (!folded.isEmpty && table.nameKey.contains(partner, bytes: folded))
                    || countries[Int(table.countryNumber[partner])]
            }
            return (lowered, partners)
        }
        // Per partner rather than per country: a row then needs one look-up, not two (30,000 rows a list).
        partnerCountries = query.allowedCountries(reference.countries).map { allowed in
            let flags = columns.partners.countrySymbols.flags(allowed)
            return columns.partners.countryNumber.map { flags[Int($0)] }
        }
        kind = query.kind
        level = query.level
        homes = query.home.map { columns.homeSymbols.flags(reference.localities.subtree(of: $0.code)) }
        statuses = Array(Set(query.statuses))
        from = query.from?.description
        to = query.to?.description
    }

    func callAsFunction(_ columns: RegistrySnapshot.Columns, _ index: Int) -> Bool {
        if let partnerCountries, !partnerCountries[Int(columns.partner[index])] { return false }
        if let kind, columns.kind[index] != kind { return false }
        if let level, columns.level[index] != level { return false }
        if let homes, !homes[Int(columns.homeNumber(index))] { return false }
        if !statuses.isEmpty, !statuses.contains(columns.status[index]) { return false }
        if from != nil || to != nil {
            guard let established = columns.established[index] else { return false }
            if let from, !RegistrySnapshot.established(established, onOrAfter: from) { return false }
            if let to, !RegistrySnapshot.established(established, onOrBefore: to) { return false }
        }
        if let text {
            if !text.partners[Int(columns.partner[index])] && !columns.notesLowered.contains(index, bytes: text.lowered)
            {
                return false
            }
        }
        return true
    }
}
