/// One validated row of a registry file: everything needed to create or update a partnership.
public struct RegistryRow: Sendable, Hashable {
    /// Row number as the spreadsheet shows it (the first row is 1).
    public var row: Int
    /// The home locality's code.
    public var homeCode: String
    /// Partner name in English or its own language (may be empty).
    public var partnerName: String
    /// Partner name in Chinese (may be empty).
    public var partnerNameZh: String
    /// ISO alpha-2.
    public var country: String
    /// Kind, or nil when the file has no kind column or the cell is empty (an existing partnership keeps its kind;
    /// a new one is a sister city).
    public var kind: PartnershipKind?
    /// Established date, or nil when the file has no such column (`.some(nil)`: the cell is empty).
    public var established: PartialDate??
    /// Status, or nil when the file has no status column or the cell is empty (kept; a new partnership is active).
    public var status: PartnershipStatus?
    /// Notes, or nil when the file has no notes column.
    public var notes: String?

    /// Creates a row.
    public init(
        row: Int, homeCode: String, partnerName: String, partnerNameZh: String, country: String, kind: PartnershipKind?,
        established: PartialDate??, status: PartnershipStatus?, notes: String?
    ) {
        self.row = row
        self.homeCode = homeCode
        self.partnerName = partnerName
        self.partnerNameZh = partnerNameZh
        self.country = country
        self.kind = kind
        self.established = established
        self.status = status
        self.notes = notes
    }

    /// The partner's identity key (see `Partner.identityKey`).
    public var partnerKey: String {
        Partner.identityKey(name: partnerName, nameZh: partnerNameZh, country: country)
    }
}

/// The outcome of reading a registry file: its valid rows, its row errors and remarks for the report.
public struct RegistryImportPlan: Sendable {
    /// Rows that passed validation, in file order.
    public var rows: [RegistryRow]
    /// Every problem found; a plan with errors must not be stored.
    public var errors: [RowError]
    /// Remarks such as ignored columns, the total row skipped or the kind column being absent.
    public var remarks: [Bilingual]
    /// How many data rows the file had (blank rows and the total row not counted).
    public var dataRows: Int
    /// The row number of the trailing total row (`合计`) that was skipped, if any.
    public var totalRow: Int?

    /// Creates a plan.
    public init(
        rows: [RegistryRow], errors: [RowError], remarks: [Bilingual], dataRows: Int, totalRow: Int? = nil
    ) {
        self.rows = rows
        self.errors = errors
        self.remarks = remarks
        self.dataRows = dataRows
        self.totalRow = totalRow
    }
}

/// A file-level problem that stops an import before any row is read.
public enum ImportFileError: Error, Sendable, Equatable {
    /// The file has no header row.
    case noHeader
    /// The file has a header but no data rows.
    case noData
    /// A column the file must have is missing.
    case missingColumn(Bilingual)
    /// The file could not be read as a table.
    case unreadable(Bilingual)

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .noHeader:
            Bilingual(zh: "文件没有表头行或没有数据", en: "the file has no header row or no data")
        case .noData:
            Bilingual(zh: "文件只有表头，没有数据行", en: "the file has a header but no data rows")
        case .missingColumn(let names):
            Bilingual(zh: "文件缺少「\(names.zh)」列", en: "the file has no \(names.en) column")
        case .unreadable(let why): why
        }
    }
}
