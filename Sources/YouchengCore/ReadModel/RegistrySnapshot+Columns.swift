extension RegistrySnapshot {
    /// The partnerships held compactly, one array per field at the rows' positions (in id order): what repeats from
    /// row to row (the partner with its names, the home with its locality) is held once in a table and each row holds
    /// its number there, so 30,000 rows cost a few small values each instead of a whole record of strings; a scan
    /// reads small values side by side.
    struct Columns: Sendable {
        /// A partner as the rows joined it, with its folded English name and its Chinese name lowercased.
        struct PartnerEntry: Sendable {
            var partner: Partner
            var nameKey: String
            var nameZhLowered: String
            /// The country as a number (see `Symbols`), for filters to test with an array read.
            var countryNumber: Int32
        }

        /// A home as the rows joined it: its code and its locality.
        struct HomeEntry: Sendable {
            var code: String
            var locality: Locality
            /// The code as a number (see `Symbols`).
            var codeNumber: Int32
        }

        var id: [Int64] = []
        var partner: [Int32] = []
        var home: [Int32] = []
        var level: [LocalityLevel] = []
        var kind: [PartnershipKind] = []
        var status: [PartnershipStatus] = []
        /// As stored (ISO text at its precision): what the date filters compare and the date sort orders.
        var established: [String?] = []
        var notes: [String] = []
        /// For the text search; the same string (no copy) where lowercasing changes nothing.
        var notesLowered: [String] = []
        var version: [Int] = []
        var partners: [PartnerEntry] = []
        var homes: [HomeEntry] = []
        var homeSymbols = Symbols()
        var countrySymbols = Symbols()

        /// The columns of `rows`, which are in id order.
        init(_ rows: [Row]) {
            var partnerNumbers: [PartnerKey: Int32] = [:]
            var homeNumbers: [HomeKey: Int32] = [:]
            for row in rows {
                let record = row.record
                let partnerKey = PartnerKey(partner: record.partner, nameKey: row.nameKey)
                let partnerNumber =
                    partnerNumbers[partnerKey]
                    ?? {
                        let number = Int32(partners.count)
                        partners.append(
                            PartnerEntry(
                                partner: record.partner, nameKey: row.nameKey,
                                nameZhLowered: Self.lowered(record.partner.nameZh),
                                countryNumber: countrySymbols.number(record.partner.country)))
                        partnerNumbers[partnerKey] = number
                        return number
                    }()
                let homeKey = HomeKey(code: record.partnership.homeCode, locality: record.home)
                let homeNumber =
                    homeNumbers[homeKey]
                    ?? {
                        let number = Int32(homes.count)
                        homes.append(
                            HomeEntry(
                                code: homeKey.code, locality: record.home, codeNumber: homeSymbols.number(homeKey.code))
                        )
                        homeNumbers[homeKey] = number
                        return number
                    }()
                id.append(record.partnership.id)
                partner.append(partnerNumber)
                home.append(homeNumber)
                level.append(row.homeLevel)
                kind.append(record.partnership.kind)
                status.append(record.partnership.status)
                established.append(record.partnership.established?.description)
                notes.append(record.partnership.notes)
                notesLowered.append(Self.lowered(record.partnership.notes))
                version.append(record.partnership.version)
            }
        }

        /// The partnership at `index` as it was given: its strings are the tables' own, shared rather than copied.
        func record(_ index: Int) -> PartnershipRecord {
            let entry = partners[Int(partner[index])]
            let home = homes[Int(home[index])]
            return PartnershipRecord(
                partnership: Partnership(
                    id: id[index], homeCode: home.code, partnerId: entry.partner.id, kind: kind[index],
                    established: established[index].flatMap(PartialDate.init(iso:)), status: status[index],
                    notes: notes[index], version: version[index]),
                partner: entry.partner, home: home.locality)
        }

        /// The partner entry of the row at `index`.
        func partnerEntry(_ index: Int) -> PartnerEntry { partners[Int(partner[index])] }

        /// The home code's number (see `Symbols`) of the row at `index`.
        func homeNumber(_ index: Int) -> Int32 { homes[Int(home[index])].codeNumber }

        /// `text` lowercased, or `text` itself (sharing its storage) where that changes nothing, as for most Chinese.
        static func lowered(_ text: String) -> String {
            let lowered = text.lowercased()
            return lowered.utf8.elementsEqual(text.utf8) ? text : lowered
        }

        private struct PartnerKey: Hashable {
            var partner: Partner
            var nameKey: String
        }

        private struct HomeKey: Hashable {
            var code: String
            var locality: Locality
        }
    }
}
