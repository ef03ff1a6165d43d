/// A foreign locality we are twinned with (外方城市).
public struct Partner: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// The name in English or the partner's own language; may be empty when only a Chinese name is known.
    public var name: String
    /// The Chinese name; may be empty.
    public var nameZh: String
    /// ISO alpha-2 country code.
    public var country: String

    /// Creates a partner.
    public init(id: Int64, name: String, nameZh: String, country: String) {
        self.id = id
        self.name = name
        self.nameZh = nameZh
        self.country = country
    }

    /// The identity of a partner: its English name folded (or, without one, its Chinese name) within its country.
    public static func identityKey(name: String, nameZh: String, country: String) -> String {
        let folded = NameKey.fold(name)
        return folded.isEmpty
            ? "\(country.uppercased())|zh:\(NameKey.fold(nameZh))" : "\(country.uppercased())|\(folded)"
    }

    /// This partner's identity key.
    public var identityKey: String { Self.identityKey(name: name, nameZh: nameZh, country: country) }

    /// The name to show in `language`, falling back to the other name.
    public func displayName(_ language: Language) -> String {
        switch language {
        case .zh: nameZh.isEmpty ? name : nameZh
        case .en: name.isEmpty ? nameZh : name
        }
    }
}

/// One home locality twinned with one partner.
public struct Partnership: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// The home locality's code.
    public var homeCode: String
    /// The partner's id.
    public var partnerId: Int64
    /// Sister city or friendship city.
    public var kind: PartnershipKind
    /// When it was established, at the precision known.
    public var established: PartialDate?
    /// Active, suspended or ended.
    public var status: PartnershipStatus
    /// Free notes.
    public var notes: String
    /// Incremented on every change, so a stale edit can be refused.
    public var version: Int

    /// Creates a partnership.
    public init(
        id: Int64, homeCode: String, partnerId: Int64, kind: PartnershipKind, established: PartialDate?,
        status: PartnershipStatus, notes: String, version: Int = 1
    ) {
        self.id = id
        self.homeCode = homeCode
        self.partnerId = partnerId
        self.kind = kind
        self.established = established
        self.status = status
        self.notes = notes
        self.version = version
    }
}

/// A partnership with its partner and home, as lists and exports show it.
public struct PartnershipRecord: Sendable, Hashable, Codable {
    /// The partnership.
    public var partnership: Partnership
    /// Its partner.
    public var partner: Partner
    /// Its home locality.
    public var home: Locality

    /// Joins the three.
    public init(partnership: Partnership, partner: Partner, home: Locality) {
        self.partnership = partnership
        self.partner = partner
        self.home = home
    }
}
