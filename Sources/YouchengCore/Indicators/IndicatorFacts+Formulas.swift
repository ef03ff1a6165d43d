extension IndicatorFacts {
    /// The value of `formula` for the year; nil when it cannot be computed (a share of nothing, projects or
    /// prospects not recorded).
    public func value(_ formula: IndicatorFormula) -> Double? {
        switch formula {
        case .newPartnerships:
            return Double(partnerships.filter { $0.partnership.established?.year == year }.count)
        case .totalPartnerships: return Double(standing.count)
        case .countriesCovered: return Double(Set(standing.map(\.partner.country)).count)
        case .districtsCoveredShare:
            let districts = coverage.districts
            return IndicatorNumber.share(districts.filter { $0.total > 0 }.count, of: districts.count)
        case .exchanges: return Double(exchanges.reduce(0) { $0 + $1.count })
        case .incomingDelegations: return Double(count(.incomingDelegation))
        case .outgoingDelegations: return Double(count(.outgoingDelegation))
        case .dormantShare:
            let active = standing.filter { $0.partnership.status == .active }
            let dormant = DormantRule(years: dormantYears).dormant(active, lastExchange: lastExchange, asOf: yearEnd)
            return IndicatorNumber.share(dormant.count, of: active.count)
        case .tasksDoneOnTime:
            return IndicatorNumber.share(tasks.filter(\.doneOnTime).count, of: tasks.count)
        case .noticesAnsweredOnTime:
            return IndicatorNumber.share(
                answers.reduce(0) { $0 + $1.onTime }, of: answers.reduce(0) { $0 + $1.addressed })
        case .projectsSigned:
            return projectHistories.map { Double($0.filter { $0.reached(.signed, in: year) }.count) }
        case .projectsLanded:
            return projectHistories.map { Double($0.filter { $0.reached(.landed, in: year) }.count) }
        case .prospectsAdvanced:
            return prospectHistories.map { Double($0.filter { $0.advanced(in: year) }.count) }
        }
    }

    /// The district coverage of the standing partnerships, over ``area`` (or the busiest city).
    public var coverage: ChinaCoverage {
        ChinaCoverage(homeCodes: standing.map(\.home.code), directory: directory, city: area)
    }

    private func count(_ kind: ExchangeKind) -> Int {
        exchanges.filter { $0.kind == kind }.reduce(0) { $0 + $1.count }
    }
}
