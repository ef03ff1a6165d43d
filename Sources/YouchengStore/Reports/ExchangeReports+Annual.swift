import YouchengCore

extension ExchangeReports {
    /// The annual report of `year` for the whole registry: the summary, new partnerships, activity and dormant ties
    /// as of 31 December, district coverage of the partnerships not ended, the next year's anniversaries, and the
    /// progress of the plans whose period touches the year (drafts left out) as of 31 December — or `today`, when
    /// that comes first (a report of the running year judges overdue tasks as of today).
    public func annual(year: Int, today: Day? = nil) async throws -> AnnualReport {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31),
            let nextFirst = Day(year: year + 1, month: 1, day: 1),
            let nextLast = Day(year: year + 1, month: 12, day: 31),
            let yearEnd = last.partialDate
        else {
            throw FieldError(
                code: "invalid_year", field: "year",
                message: Bilingual(zh: "年份「\(year)」无效", en: "year \"\(year)\" is not valid"))
        }
        let all = try await registry.all(PartnershipQuery())
        let newOnes = all.filter { $0.partnership.established?.year == year }.sorted {
            ($0.partnership.established!, $0.home.code, $0.partner.name)
                < ($1.partnership.established!, $1.home.code, $1.partner.name)
        }
        let threshold = try await settings.dormantYears()
        let planDay = today.map { min($0, last) } ?? last
        // Partnerships standing at the year's end: established by then (or undated) and not ended now.
        let standing = all.filter {
            $0.partnership.status != .ended && ($0.partnership.established.map { $0.year <= year } ?? true)
        }
        return AnnualReport(
            year: year, summary: try await registry.situation(home: nil, asOf: yearEnd, reference: reference),
            newPartnerships: newOnes, activity: try await activity(from: first, to: last, home: nil),
            dormant: try await dormant(years: threshold, asOf: last, home: nil), dormantYears: threshold,
            coverage: ChinaCoverage(homeCodes: standing.map(\.home.code), directory: reference.localities, city: nil),
            anniversaries: try await anniversaries(from: nextFirst, to: nextLast, home: nil),
            establishedByYear: YearCounts(standing.map { $0.partnership.established?.year }),
            plans: try await planProgress(year: year, asOf: planDay), plansAsOf: planDay)
    }

    /// The progress as of `asOf` of the plans in force or closed whose period touches `year`, in the store's order.
    func planProgress(year: Int, asOf: Day) async throws -> [PlanProgress] {
        var out: [PlanProgress] = []
        for plan in try await plans.plans()
        where plan.draft.status != .draft && plan.draft.from.year <= year && plan.draft.to.year >= year {
            out.append(try await plans.progress(planId: plan.id, asOf: asOf))
        }
        return out
    }
}
