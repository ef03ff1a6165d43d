/// One page of a partnership list.
public typealias PartnershipPage = ListPage<PartnershipRecord>

/// What an import did (or, in a dry run, would do).
public struct ImportReport: Sendable, Equatable, Codable {
    /// Rows that create a new partnership.
    public var created: Int
    /// Rows that change an existing partnership or its partner's names.
    public var updated: Int
    /// Rows that match what is stored.
    public var unchanged: Int
    /// Rows refused (the whole file is then refused).
    public var rejected: Int
    /// Partners created.
    public var newPartners: Int
    /// Whether anything was written.
    public var stored: Bool

    /// Creates a report.
    public init(
        created: Int = 0, updated: Int = 0, unchanged: Int = 0, rejected: Int = 0, newPartners: Int = 0,
        stored: Bool = false
    ) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
        self.rejected = rejected
        self.newPartners = newPartners
        self.stored = stored
    }
}

/// A partnership as a form or API call gives it, already validated.
public struct PartnershipDraft: Sendable, Hashable {
    /// Home locality code.
    public var homeCode: String
    /// Partner name in English / own language.
    public var partnerName: String
    /// Partner name in Chinese.
    public var partnerNameZh: String
    /// Country alpha-2.
    public var country: String
    /// Kind.
    public var kind: PartnershipKind
    /// Established date.
    public var established: PartialDate?
    /// Status.
    public var status: PartnershipStatus
    /// Notes.
    public var notes: String
    /// Who saves the draft, when the partner's shared names must be guarded: respelling a known partner's English
    /// name or changing its Chinese one changes it for every home twinned with it, so it is refused
    /// (`RegistryError.partnerRename`, `.partnerRenameZh`) unless `AccessPolicy.mayChangeSharedPartner` allows it
    /// for the partner's homes with this draft's. Nil (the command line, the program itself) allows it.
    public var sharedPartnerEditor: Principal?

    /// Creates a draft.
    public init(
        homeCode: String, partnerName: String, partnerNameZh: String, country: String, kind: PartnershipKind,
        established: PartialDate?, status: PartnershipStatus, notes: String
    ) {
        self.homeCode = homeCode
        self.partnerName = partnerName
        self.partnerNameZh = partnerNameZh
        self.country = country
        self.kind = kind
        self.established = established
        self.status = status
        self.notes = notes
    }
}

/// Errors of the registry store that users can cause.
public enum RegistryError: Error, Sendable, Equatable {
    /// No partnership or partner with that id.
    case notFound
    /// The same home is already twinned with that partner (the id of the existing partnership).
    case duplicatePair(existingId: Int64)
    /// The record changed since the form was opened (the current version).
    case staleVersion(current: Int)
    /// Rows of an import that mean the same partnership as an earlier row once names are matched to partners.
    case conflictingRows([RowError])
    /// The draft would respell a known partner's English name (stored as `stored`) without being allowed to.
    case partnerRename(stored: String)
    /// The draft would change a known partner's Chinese name (stored as `stored`) without being allowed to.
    case partnerRenameZh(stored: String)
    /// The partner's coordinates would change while it is twinned with homes outside the user's locality.
    case partnerPlaceShared

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .notFound: Bilingual(zh: "记录不存在", en: "no such record")
        case .duplicatePair:
            Bilingual(zh: "该本地主体与该外方城市的友城关系已存在", en: "this home is already twinned with this partner")
        case .staleVersion:
            Bilingual(
                zh: "记录在您读取后已被他人修改，未保存您的更改；请查看最新内容后再提交",
                en:
                    "the record was changed after you read it, so your change was not saved; check the current record, then send it again"
            )
        case .partnerRename(let stored):
            Bilingual(
                zh: "该外方城市已登记的英文名为「\(stored)」。修改拼写会影响所有与其结好的本地主体，其中有本单位所在地区以外的，只有管理员可以修改；如无意修改，请按已登记的拼写填写",
                en:
                    "this partner is registered as \"\(stored)\"; respelling it changes it for every home twinned with it, some outside your unit's locality, which only an administrator may do — keep the registered spelling"
            )
        case .partnerRenameZh(let stored):
            Bilingual(
                zh: "该外方城市已登记的中文名为「\(stored)」。修改中文名会影响所有与其结好的本地主体，其中有本单位所在地区以外的，只有管理员可以修改；如无意修改，请按已登记的中文名填写",
                en:
                    "this partner's Chinese name is registered as \"\(stored)\"; changing it changes it for every home twinned with it, some outside your unit's locality, which only an administrator may do — keep the registered Chinese name"
            )
        case .partnerPlaceShared:
            Bilingual(
                zh: "该外方城市还与本单位所在地区以外的本地主体结好，其坐标为各方共用，只有管理员可以修改",
                en:
                    "this partner is also twinned with homes outside your unit's locality; its coordinates are shared, so only an administrator may change them"
            )
        case .conflictingRows(let rows):
            Bilingual(
                zh: rows.map(\.message.zh).joined(separator: "；"), en: rows.map(\.message.en).joined(separator: "; "))
        }
    }
}

/// Where partnerships and partners are kept (SQLite or PostgreSQL in YouchengStore).
public protocol RegistryRepository: Sendable {
    /// One page of partnerships matching `query`, sorted as it says.
    func list(_ query: PartnershipQuery) async throws -> PartnershipPage
    /// Every partnership matching `query` (page ignored), sorted as it says; for exports.
    func all(_ query: PartnershipQuery) async throws -> [PartnershipRecord]
    /// One partnership.
    func partnership(id: Int64) async throws -> PartnershipRecord?
    /// Every partner, with or without partnerships, by id (exchanges name partners by name against this list).
    func partners() async throws -> [Partner]
    /// One partner with all its partnerships.
    func partner(id: Int64) async throws -> (partner: Partner, partnerships: [PartnershipRecord])?
    /// The summary entries of partnerships not ended, established by `asOf` (or undated), under `homeCodes` if given.
    func summaryEntries(homeCodes: [String]?, asOf: PartialDate) async throws -> [SituationSummary.Entry]
    /// The situation summary of partnerships under `home` (or all of them) as of `asOf` (counted from
    /// `summaryEntries` unless the repository knows a faster way).
    func situation(home: Locality?, asOf: PartialDate, reference: ReferenceData) async throws -> SituationSummary
    /// Applies validated import rows in one transaction; with `dryRun` nothing is written. A stored import is
    /// audited in the same transaction: one `import` entry with the counts, one entry per partnership created or
    /// changed, all attributed to `actor`. A row that would change a known partner's Chinese name, which every home
    /// twinned with it shares, is a conflicting row (`RegistryError.conflictingRows`, naming the row) unless
    /// `AccessPolicy.mayChangeSharedPartner` allows `editor` to; nil (the command line) allows it.
    func apply(_ rows: [RegistryRow], dryRun: Bool, actor: AuditActor, editor: Principal?) async throws
        -> ImportReport
    /// Creates a partnership (id nil) or updates one whose version is `expectedVersion`, auditing the change (with
    /// its before and after values) in the same transaction.
    func save(_ draft: PartnershipDraft, id: Int64?, expectedVersion: Int?, actor: AuditActor) async throws
        -> PartnershipRecord
    /// Deletes the partnership `id` whose version is `expectedVersion` (any, when nil), auditing its last values in
    /// the same transaction; returns it as it was. The partner is kept.
    func delete(id: Int64, expectedVersion: Int?, actor: AuditActor) async throws -> PartnershipRecord
    /// Every partnership matching `query`, like `all`, recording an `export` audit entry (format, filter, rows).
    func export(_ query: PartnershipQuery, format: String, actor: AuditActor) async throws -> [PartnershipRecord]
    /// Number of partnerships stored.
    func count() async throws -> Int
}

extension RegistryRepository {
    /// `apply` guarding nothing: the command line and the program itself.
    public func apply(_ rows: [RegistryRow], dryRun: Bool, actor: AuditActor) async throws -> ImportReport {
        try await apply(rows, dryRun: dryRun, actor: actor, editor: nil)
    }
}
