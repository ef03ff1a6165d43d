import Foundation

/// Reads the rows of a registry spreadsheet into validated rows and row-numbered errors.
public struct RegistryImporter: Sendable {
    /// Countries and localities to resolve names against.
    public let reference: ReferenceData
    /// The home for rows without a home column or value (`--home`).
    public let defaultHome: Locality?

    /// Creates an importer.
    public init(reference: ReferenceData, defaultHome: Locality? = nil) {
        self.reference = reference
        self.defaultHome = defaultHome
    }

    /// Validates `table` (rows of cells; the header is found as `ImportHeader.read` says, rows above it, blank rows,
    /// a serial-number column and a trailing total row are left out, and rows keep the spreadsheet's numbers).
    public func plan(_ table: [[String]]) throws(ImportFileError) -> RegistryImportPlan {
        guard let sheet = ImportHeader.read(table, matching: RegistryColumn.matching(header:)) else {
            throw .noHeader
        }
        try checkRequiredColumns(sheet.columns)
        var remarks = sheet.remarks
        if sheet.columns[.kind] == nil {
            remarks.append(
                Bilingual(
                    zh: "文件没有「类型」列：新增的友城按友好城市登记",
                    en: "the file has no kind column: new partnerships are recorded as sister cities"))
        }
        var reader = RowReader(importer: self, columns: sheet.columns)
        for index in sheet.dataIndices {
            reader.read(table[index], row: index + 1)
        }
        guard reader.count > 0 else { throw .noData }
        return RegistryImportPlan(
            rows: reader.rows, errors: reader.errors, remarks: remarks, dataRows: reader.count,
            totalRow: sheet.totalRow)
    }

    private func checkRequiredColumns(_ columns: [RegistryColumn: Int]) throws(ImportFileError) {
        if columns[.partner] == nil && columns[.partnerZh] == nil {
            throw .missingColumn(Bilingual(zh: "外方城市」或「外方城市英文名", en: "partner_zh or partner"))
        }
        if columns[.country] == nil { throw .missingColumn(RegistryColumn.country.label) }
        if columns[.home] == nil && columns[.homeCode] == nil && defaultHome == nil {
            throw .missingColumn(Bilingual(zh: "本地主体", en: "home (or give --home)"))
        }
    }
}
