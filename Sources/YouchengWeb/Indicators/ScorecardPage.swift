import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets

/// `GET /scorecard[?year=YYYY][&sort=COLUMN][&dir=asc|desc]`: the unit scorecard of a year (this year unless asked),
/// sorted by any column (by exchanges, most first, unless asked). A bad year or column is a 400 naming it.
struct ScorecardPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (card, sort, descending, names) = try await dependencies.sortedScorecard(request, context.language)
        let view = ScorecardView(
            card, sort: sort, descending: descending, names: names, language: context.language,
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "scorecard", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// `GET /scorecard.xlsx[?year=…&sort=…&dir=…]`: the same rows in the same order as one sheet, headers in the
/// page's language; the download is audited.
struct ScorecardExport: Sendable {
    let dependencies: WebDependencies

    func download(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let language = context.language
        let (card, sort, descending, names) = try await dependencies.sortedScorecard(request, language)
        let cells = ScorecardCells(language: language, catalog: dependencies.renderer.catalog)
        let rows =
            [cells.header]
            + card.sorted(by: sort, descending: descending, names: names).map {
                cells.cells($0, unit: names[$0.unitId] ?? "#\($0.unitId)")
            }
        let data = try XLSXWriter.write(sheets: [
            XLSXWriter.Sheet(name: "考核 Scorecard \(card.year)", rows: rows, numbers: true)
        ])
        try await dependencies.accounts.audit.append(
            AuditEvent(
                actor: try context.auditActor(), action: .exported, entityType: .indicator, entityId: nil,
                changes: [
                    FieldChange(field: "format", before: nil, after: "xlsx"),
                    FieldChange(field: "scorecard", before: nil, after: String(card.year)),
                    FieldChange(field: "rows", before: nil, after: String(card.rows.count)),
                ]))
        var headers = HTTPFields()
        headers[.contentType] = ExportFormat.xlsx.contentType
        headers[.contentDisposition] = "attachment; filename=\"scorecard-\(card.year).xlsx\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension WebDependencies {
    /// The scorecard of the asked year with the asked order (`sort`, `dir`) and each unit's name in `language`.
    func sortedScorecard(_ request: Request, _ language: Language) async throws
        -> (Scorecard, ScorecardColumn, Bool, [Int64: String])
    {
        let query = try request.queryString()
        let sortText = query["sort"] ?? ""
        guard let sort = sortText.isEmpty ? .exchanges : ScorecardColumn(rawValue: sortText) else {
            throw WebError.invalidParameter("sort", sortText)
        }
        let dirText = query["dir"] ?? ""
        guard ["", "asc", "desc"].contains(dirText) else { throw WebError.invalidParameter("dir", dirText) }
        let descending = dirText.isEmpty ? sort != .unit : dirText == "desc"
        let card = try await scorecard(year: try indicatorYear(request))
        let units = try await accounts.units.list(includeInactive: true)
        let names = Dictionary(units.map { ($0.id, $0.name.text(language)) }, uniquingKeysWith: { a, _ in a })
        return (card, sort, descending, names)
    }
}
