/// Another city's published partnership count, for comparison ("第 N 位").
public struct PeerCity: Sendable, Hashable, Codable {
    /// The id (0 before it is stored).
    public var id: Int64
    /// The city, as published (e.g. 杭州市).
    public var city: String
    /// Its province.
    public var province: String
    /// Its partnerships (sister and friendship cities).
    public var partnerships: Int
    /// The countries they are in, if published.
    public var countries: Int?
    /// The year the figure is for.
    public var year: Int
    /// Where it was published.
    public var source: String

    /// Creates a peer figure.
    public init(
        id: Int64 = 0, city: String, province: String = "", partnerships: Int, countries: Int? = nil, year: Int,
        source: String = ""
    ) {
        self.id = id
        self.city = city
        self.province = province
        self.partnerships = partnerships
        self.countries = countries
        self.year = year
        self.source = source
    }
}

/// Where our count stands among the peers' latest published figures.
public struct PeerRanking: Sendable, Hashable {
    /// Our place, 1 for the most partnerships (ties share a place).
    public var rank: Int
    /// The cities compared, ourselves included.
    public var of: Int
    /// Each peer's latest figure, most partnerships first.
    public var latest: [PeerCity]

    /// Ranks `ours` among each peer city's latest figure (by year; a later figure replaces an earlier one).
    public init(ours: Int, peers: [PeerCity]) {
        var newest: [String: PeerCity] = [:]
        for peer in peers where newest[peer.city].map({ $0.year < peer.year }) ?? true { newest[peer.city] = peer }
        latest = newest.values.sorted { ($0.partnerships, $1.city) > ($1.partnerships, $0.city) }
        rank = 1 + latest.filter { $0.partnerships > ours }.count
        of = latest.count + 1
    }
}
