import Foundation
import SQLKit
import YouchengCore

/// The registry kept in SQL: partners and partnerships, for SQLite and PostgreSQL alike.
public struct RegistryStore: RegistryRepository {
    let database: Database
    let reference: ReferenceData
    let now: @Sendable () -> Date
    /// The city list new partners are matched against for coordinates (asked only when an import creates some).
    let gazetteer: @Sendable () -> CityGazetteer
    /// The registry in memory, shared by every copy of this store.
    let readModel = RegistryReadModel()

    /// Creates the store; `now` is injectable so tests fix the clock, `gazetteer` so they can give a small list.
    public init(
        database: Database, reference: ReferenceData, now: @escaping @Sendable () -> Date = { Date() },
        gazetteer: @escaping @Sendable () -> CityGazetteer = { .bundled }
    ) {
        self.database = database
        self.reference = reference
        self.now = now
        self.gazetteer = gazetteer
    }

    /// The tables a registry write locks against other writers.
    static let registryTables = ["partners", "partnerships"]

    static let selectRecord: SQLQueryString = """
        SELECT ps.id, ps.home_code, ps.partner_id, ps.kind, ps.established, ps.status, ps.notes, ps.version,
          p.name, p.name_zh, p.country
        FROM partnerships ps JOIN partners p ON p.id = ps.partner_id
        """

    /// The home locality `code` names; a code the directory no longer lists is shown as itself.
    func home(_ code: String) -> Locality {
        reference.localities.locality(code)
            ?? Locality(code: code, name: code, fullName: code, nameEn: code, level: .district, parentCode: nil)
    }

    /// A partnership as stored, from a row holding `partnerships` columns.
    static func partnership(_ row: any SQLRow) throws -> Partnership {
        Partnership(
            id: try row.decode(column: "id", as: Int64.self),
            homeCode: try row.decode(column: "home_code", as: String.self),
            partnerId: try row.decode(column: "partner_id", as: Int64.self),
            kind: try row.decodeStored("kind", table: "partnerships", PartnershipKind.init(rawValue:)),
            established: try row.decodeStoredIfPresent("established", table: "partnerships", PartialDate.init(iso:)),
            status: try row.decodeStored("status", table: "partnerships", PartnershipStatus.init(rawValue:)),
            notes: try row.decode(column: "notes", as: String.self),
            version: try row.decode(column: "version", as: Int.self))
    }

    func record(_ row: any SQLRow) throws -> PartnershipRecord {
        let partnership = try Self.partnership(row)
        let home = home(partnership.homeCode)
        let partnerId = partnership.partnerId
        let partner = Partner(
            id: partnerId, name: try row.decode(column: "name", as: String.self),
            nameZh: try row.decode(column: "name_zh", as: String.self),
            country: try row.decode(column: "country", as: String.self))
        return PartnershipRecord(partnership: partnership, partner: partner, home: home)
    }

    public func list(_ query: PartnershipQuery) async throws -> PartnershipPage {
        try await snapshot().list(query, reference: reference)
    }

    public func all(_ query: PartnershipQuery) async throws -> [PartnershipRecord] {
        try await snapshot().all(query, reference: reference)
    }

    public func partnership(id: Int64) async throws -> PartnershipRecord? {
        try await snapshot().partnership(id: id)
    }

    public func partner(id: Int64) async throws -> (partner: Partner, partnerships: [PartnershipRecord])? {
        try await snapshot().partner(id: id)
    }

    public func partners() async throws -> [Partner] {
        try await snapshot().partners
    }

    public func summaryEntries(homeCodes: [String]?, asOf: PartialDate) async throws -> [SituationSummary.Entry] {
        try await snapshot().summaryEntries(homeCodes: homeCodes, asOf: asOf)
    }

    public func situation(home: Locality?, asOf: PartialDate, reference: ReferenceData) async throws
        -> SituationSummary
    {
        try await snapshot().situation(home: home, asOf: asOf, reference: reference)
    }

    public func count() async throws -> Int {
        try await snapshot().count
    }
}
