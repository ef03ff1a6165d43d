import Foundation
import YouchengCore

/// The formats the registry can be exported in; `import` reads each of them back.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// CSV with a BOM, for Excel.
    case csv
    /// An XLSX workbook with one sheet.
    case xlsx
    /// JSON: `{"partnerships": […]}`.
    case json

    /// The HTTP content type of the format.
    public var contentType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .json: "application/json; charset=utf-8"
        }
    }
}

/// Why a registry file could not be read at all (row problems are reported per row instead).
public enum RegistryFileError: Error, Sendable, Equatable {
    /// The bytes are not a readable table.
    case table(TabularError)
    /// The table lacks a header or a required column.
    case file(ImportFileError)
    /// A JSON file that is not a registry export; the detail says where.
    case json(String)

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .table(let error): Bilingual(zh: error.zh, en: error.en)
        case .file(let error): error.message
        case .json(let detail):
            Bilingual(
                zh: "JSON 文件不是友城登记的导出格式（\(detail)）",
                en: "the JSON file is not a registry export (\(detail))")
        }
    }
}

/// Reading registry files (CSV, XLSX, JSON) into an import plan, and writing exports that read back unchanged.
public enum RegistryFiles {
    /// Reads `data` (format told by content, under `limits`) and validates every row.
    public static func plan(
        data: Data, filename: String?, defaultHome: Locality?, reference: ReferenceData,
        limits: TableLimits = .standard
    ) throws(RegistryFileError) -> (plan: RegistryImportPlan, format: String) {
        let (table, format) = try read(data: data, filename: filename, limits: limits)
        return try plan(table: table, format: format, defaultHome: defaultHome, reference: reference)
    }

    /// Validates every row of `table`, already read (as `format`).
    public static func plan(
        table: [[String]], format: String, defaultHome: Locality?, reference: ReferenceData
    ) throws(RegistryFileError) -> (plan: RegistryImportPlan, format: String) {
        do {
            return (try RegistryImporter(reference: reference, defaultHome: defaultHome).plan(table), format)
        } catch {
            throw .file(error)
        }
    }

    /// The rows of a CSV, XLSX or registry JSON file (format told by content, CSV and XLSX read under `limits`) and
    /// how it was read; CSV cells have the export's formula guard undone.
    public static func read(data: Data, filename: String?, limits: TableLimits = .standard) throws(RegistryFileError)
        -> (table: [[String]], format: String)
    {
        do {
            let read = try TableFile.readRows(data: data, filename: filename, limits: limits)
            switch read.format {
            case .csv(let encoding):
                return (FormulaGuard.unescaped(read.rows), "CSV, \(encoding.rawValue)")
            case .xlsx: return (read.rows, "XLSX")
            case .json(let text): return (try RegistryJSON.table(from: text), "JSON")
            }
        } catch let error as TabularError {
            throw .table(error)
        } catch let error as RegistryFileError {
            throw error
        } catch {
            throw .json(String(describing: error))
        }
    }

    /// The header `export` writes (Chinese names; `import` accepts them and the English ones).
    public static let exportColumns: [RegistryColumn] = [
        .homeCode, .home, .partnerZh, .partner, .country, .kind, .established, .status, .notes,
    ]

    /// The records as table rows, header first.
    public static func table(
        _ records: [PartnershipRecord], reference: ReferenceData, friendshipLabel: String = "友好交流城市"
    )
        -> [[String]]
    {
        var rows = [exportColumns.map(\.label.zh)]
        rows.reserveCapacity(records.count + 1)
        for r in records {
            rows.append([
                r.home.code, r.home.fullName, r.partner.nameZh, r.partner.name,
                reference.countries.country(r.partner.country)?.nameZh ?? r.partner.country,
                r.partnership.kind.label(friendshipLabel: friendshipLabel).zh,
                r.partnership.established?.description ?? "", r.partnership.status.label.zh, r.partnership.notes,
            ])
        }
        return rows
    }

    /// The records in `format`: CSV with a BOM for Excel, XLSX with one sheet, or JSON.
    public static func export(
        _ records: [PartnershipRecord], format: ExportFormat, reference: ReferenceData,
        friendshipLabel: String = "友好交流城市"
    ) throws -> Data {
        switch format {
        case .csv, .xlsx:
            return try TableExport.data(
                table(records, reference: reference, friendshipLabel: friendshipLabel), format: format,
                sheet: "友城 Partnerships")
        case .json:
            return try RegistryJSON.encode(records)
        }
    }
}

/// Spreadsheet programs run a CSV cell that starts with `=`, `+`, `-` or `@` as a formula. Export puts an apostrophe
/// before such a cell (Excel's own mark for "text"), and import takes it off again, so the round trip is exact.
enum FormulaGuard {
    // Unicode scalars, not Characters: "=" followed by a combining mark is one Character but still starts a formula.
    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func escape(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, triggers.contains(first) else { return cell }
        return "'" + cell
    }

    /// `rows` with every cell unescaped, changed in place: a row is copied only if one of its cells had the guard
    /// (mapping every row made a second table of a 300,000-row file, and both were held at once).
    static func unescaped(_ rows: consuming [[String]]) -> [[String]] {
        var rows = rows
        for r in rows.indices {
            for c in rows[r].indices {
                let cell = unescape(rows[r][c])
                if cell.utf8.count != rows[r][c].utf8.count { rows[r][c] = cell }
            }
        }
        return rows
    }

    static func unescape(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, triggers.contains(second) else {
            return cell
        }
        return String(scalars.dropFirst())
    }
}
