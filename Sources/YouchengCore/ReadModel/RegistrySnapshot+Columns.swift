extension RegistrySnapshot {
    /// The partnerships held compactly, one array per field at the rows' positions (in id order): what repeats from
    /// row to row (the partner with its names, the home with its locality) is held once in a table and each row holds
    /// its number there, and texts lie end to end in `TextColumn`s, so 30,000 rows cost a few small values each
    /// instead of a record of strings, and a scan reads small values side by side.
    struct Columns: Sendable {
        /// A home as the rows joined it: its code and its locality (the reference data's own, not a copy).
        struct HomeEntry: Sendable {
            var code: String
            var locality: Locality
            /// The code as a number (see `Symbols`).
            var codeNumber: Int32
        }

        var id: [Int64] = []
        /// The row's partner's number in `partners`.
        var partner: [Int32] = []
        /// The row's home's number in `homes`.
        var home: [Int32] = []
        var level: [LocalityLevel] = []
        var kind: [PartnershipKind] = []
        var status: [PartnershipStatus] = []
        /// As stored (ISO text at its precision, short enough to need no allocation): what the date filters compare
        /// and the date sort orders.
        var established: [String?] = []
        var notes = TextColumn()
        /// For the text search.
        var notesLowered = TextColumn()
        var version: [Int] = []
        var partners = Partners()
        var homes: [HomeEntry] = []
        var homeSymbols = Symbols()
        /// The numbers in `partners` of the partners the snapshot lists, in id order.
        var listed: [Int32] = []

        /// The columns of `rows`, which are in id order, and of `listed`, which are in id order with no id twice.
        init(_ rows: [Row], listed listedPartners: [Partner]) {
            var partnerNumbers: [PartnerKey: Int32] = [:]
            var byPartner: [Partner: Int32] = [:]
            var homeNumbers: [HomeKey: Int32] = [:]
            for row in rows {
                let record = row.record
                let partnerKey = PartnerKey(partner: record.partner, nameKey: row.nameKey)
                let partnerNumber =
                    partnerNumbers[partnerKey]
                    ?? {
                        let number = Int32(partners.count)
                        partners.append(record.partner, nameKey: row.nameKey)
                        partnerNumbers[partnerKey] = number
                        if byPartner[record.partner] == nil { byPartner[record.partner] = number }
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
                notesLowered.append(record.partnership.notes.lowercased())
                version.append(record.partnership.version)
            }
            for partner in listedPartners {
                // A partner without partnerships is held too; no row sorts or searches by its folded name.
                self.listed.append(
                    byPartner[partner]
                        ?? {
                            let number = Int32(partners.count)
                            partners.append(partner, nameKey: "")
                            return number
                        }())
            }
        }

        /// The partnership at `index` as it was given.
        func record(_ index: Int) -> PartnershipRecord {
            let joined = partners[Int(partner[index])]
            let entry = homes[Int(home[index])]
            return PartnershipRecord(
                partnership: Partnership(
                    id: id[index], homeCode: entry.code, partnerId: joined.id, kind: kind[index],
                    established: established[index].flatMap(PartialDate.init(iso:)), status: status[index],
                    notes: notes[index], version: version[index]),
                partner: joined, home: entry.locality)
        }

        /// The id of the partner of the row at `index`.
        func partnerId(_ index: Int) -> Int64 { partners.id[Int(partner[index])] }

        /// The home code's number (see `Symbols`) of the row at `index`.
        func homeNumber(_ index: Int) -> Int32 { homes[Int(home[index])].codeNumber }

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
