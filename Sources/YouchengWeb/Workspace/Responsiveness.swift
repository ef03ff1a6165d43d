import YouchengCore

/// Each unit's two responsiveness rates for a year: notices answered on time, reports made on time.
struct Responsiveness: Sendable {
    /// The year.
    let year: Int
    /// On-time answer rates, by unit id (units with no notice with a deadline in the year are absent).
    let answers: [Int64: NoticeAnswerRate]
    /// On-time report rates, by unit id (units with nothing required are absent).
    let reports: [Int64: ReportRate]

    /// The units with either rate.
    var unitIds: Set<Int64> { Set(answers.keys).union(reports.keys) }

    /// `3/4（75%）` / `3 of 4 (75%)`, or "—" when there is no rate.
    static func text(_ part: Int, of whole: Int, percent: Int, _ language: Language, _ catalog: LabelCatalog)
        -> String
    {
        catalog.text(
            "responsiveness_rate", language,
            ["part": String(part), "whole": String(whole), "percent": String(percent)])
    }

    /// The answer rate's text for `unitId`, "—" when it has none.
    func answerText(_ unitId: Int64, _ language: Language, _ catalog: LabelCatalog) -> String {
        guard let rate = answers[unitId] else { return catalog.text("responsiveness_no_rate", language) }
        return Self.text(rate.onTime, of: rate.addressed, percent: rate.percent, language, catalog)
    }

    /// The report rate's text for `unitId`, "—" when it has none.
    func reportText(_ unitId: Int64, _ language: Language, _ catalog: LabelCatalog) -> String {
        guard let rate = reports[unitId] else { return catalog.text("responsiveness_no_rate", language) }
        return Self.text(rate.reported, of: rate.required, percent: rate.percent, language, catalog)
    }
}

extension WebDependencies {
    /// Both rates for `year` of every unit, or only of unit `unitId` when one is given, reports judged as of `asOf`,
    /// answer days read in the configured time zone.
    func responsiveness(year: Int, asOf: Day, unitId: Int64? = nil) async throws -> Responsiveness {
        let zone = configuration.timeZone
        let workspace = services.workspace
        let answers =
            if let unitId {
                try await workspace.answerRate(year: year, unitId: unitId, timeZone: zone, asOf: asOf).map { [$0] }
                    ?? []
            } else {
                try await services.notices.answerRates(year: year, timeZone: zone, asOf: asOf)
            }
        let reports = try await workspace.reportRates(year: year, asOf: asOf, unitId: unitId)
        return Responsiveness(
            year: year, answers: Dictionary(answers.map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a }),
            reports: Dictionary(reports.map { ($0.unitId, $0) }, uniquingKeysWith: { a, _ in a }))
    }
}
