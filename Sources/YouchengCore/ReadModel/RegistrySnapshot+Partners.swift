extension RegistrySnapshot {
    /// The partners the rows join and the snapshot lists, each once, a field per column: names as `TextColumn`s,
    /// countries as numbers.
    struct Partners: Sendable {
        var id: [Int64] = []
        var name = TextColumn()
        var nameZh = TextColumn()
        /// The folded English name as stored (what the partner column sorts and the text search matches).
        var nameKey = TextColumn()
        /// The Chinese name lowercased, for the text search.
        var nameZhLowered = TextColumn()
        /// The country as a number (see `Symbols`), for filters to test with an array read.
        var countryNumber: [Int32] = []
        var countrySymbols = Symbols()

        /// How many are held.
        var count: Int { id.count }

        /// Adds `partner` with its folded name; its number is the count before.
        mutating func append(_ partner: Partner, nameKey: String) {
            id.append(partner.id)
            name.append(partner.name)
            nameZh.append(partner.nameZh)
            self.nameKey.append(nameKey)
            nameZhLowered.append(partner.nameZh.lowercased())
            countryNumber.append(countrySymbols.number(partner.country))
        }

        /// The partner numbered `index`, as it was given.
        subscript(index: Int) -> Partner {
            Partner(
                id: id[index], name: name[index], nameZh: nameZh[index], country: countrySymbols[countryNumber[index]])
        }

        /// The country of the partner numbered `index`.
        func country(_ index: Int) -> String { countrySymbols[countryNumber[index]] }
    }
}
