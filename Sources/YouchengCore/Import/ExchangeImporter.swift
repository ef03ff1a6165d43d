import Foundation

/// Reads the rows of an exchanges spreadsheet into validated rows and row-numbered errors, resolving
/// partners, countries, units and domains by name.
public struct ExchangeImporter: Sendable {
    /// Countries to resolve names against.
    public let reference: ReferenceData
    /// The registered partners a row may name.
    public let partners: [Partner]
    /// The member units a row may name (inactive ones too: a name is unique among all units).
    public let units: [MemberUnit]
    /// The domains a row may name (retired ones too: old exchanges may carry them).
    public let domains: [ExchangeDomain]
    /// Partners by each of their folded names, in the order given.
    let partnersByName: [String: [Partner]]
    /// Partners by id (the first given, should one come twice).
    let partnersById: [Int64: Partner]
    /// Units by each of their folded names.
    let unitsByName: [String: MemberUnit]
    /// Domains by the names a cell may give them.
    let domainNames: DomainNames
    /// Why a name no domain has is refused: built once, as a list cell is first tried whole, which mostly fails.
    let unknownDomain: RegistryValue.Refusal

    /// Creates an importer.
    public init(reference: ReferenceData, partners: [Partner], units: [MemberUnit], domains: [ExchangeDomain]) {
        self.reference = reference
        self.partners = partners
        self.units = units
        self.domains = domains
        var byName: [String: [Partner]] = [:]
        for partner in partners {
            for key in Set([partner.name, partner.nameZh].map(NameKey.fold)) where !key.isEmpty {
                byName[key, default: []].append(partner)
            }
        }
        partnersByName = byName
        partnersById = Dictionary(partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var unitsByName: [String: MemberUnit] = [:]
        for unit in units {
            for key in [unit.nameZh, unit.nameEn].map(NameKey.fold) where !key.isEmpty && unitsByName[key] == nil {
                unitsByName[key] = unit
            }
        }
        self.unitsByName = unitsByName
        domainNames = DomainNames(domains)
        unknownDomain = Self.unknownDomain(domains)
    }

    /// Whether the header row is an exchanges file (it has start, kind and title columns) rather than a registry file.
    public static func recognizes(headers: [String]) -> Bool {
        let found = Set(
            headers.compactMap { ExchangeColumn.matching(header: $0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        return found.isSuperset(of: requiredColumns)
    }

    /// Whether `table` is an exchanges file: its header row, found as `plan` finds it (not necessarily row 1), is one.
    public static func recognizes(table: [[String]]) -> Bool {
        guard let index = ImportHeader.headerIndex(table, matching: ExchangeColumn.matching) else { return false }
        return recognizes(headers: table[index])
    }

    /// The columns every exchanges file must have.
    static let requiredColumns: [ExchangeColumn] = [.start, .kind, .title]

    /// Validates `table` (rows of cells, laid out as `RegistryImporter.plan` reads them). File-level problems throw;
    /// every row problem is in the plan's `errors`. Each row's cells are let go once read, so a caller that hands
    /// over its only copy (`plan(consume table)`) does not hold a large file's cells and its rows at once: the rows
    /// read later take the memory the cells read before it gave back. A large file's rows are checked in parts at
    /// once, one per processor (``check(_:indices:columns:parts:)``).
    public func plan(_ table: consuming [[String]]) throws(ImportFileError) -> ExchangeImportPlan {
        try plan(table, parts: nil)
    }

    /// ``plan(_:)`` with the rows checked in `parts` parts at once (nil: ``readers(for:)``); the plan is the same.
    func plan(_ table: consuming [[String]], parts: Int?) throws(ImportFileError) -> ExchangeImportPlan {
        guard let sheet = ImportHeader.read(table, matching: ExchangeColumn.matching) else { throw .noHeader }
        if let missing = Self.requiredColumns.first(where: { sheet.columns[$0] == nil }) {
            throw .missingColumn(missing.label)
        }
        let indices = sheet.dataIndices
        guard !indices.isEmpty else { throw .noData }
        let taken = check(
            table, indices: indices, columns: sheet.columns, parts: parts ?? Self.readers(for: indices.count))
        return ExchangeImportPlan(
            rows: taken.rows, errors: taken.errors, newUnits: taken.newUnits, remarks: sheet.remarks,
            dataRows: indices.count, totalRow: sheet.totalRow)
    }
}
