/// One section of a report: a title, an optional paragraph, and a table of real values (numbers stay numbers).
public struct ReportSection: Sendable, Hashable {
    /// A stable key (`situation`, `new`, `activity` …): the HTML id and the XLSX sheet order.
    public var key: String
    /// The heading.
    public var title: String
    /// The paragraph above the table, if any.
    public var text: String?
    /// The table's header.
    public var head: [String]
    /// The table's rows.
    public var rows: [[String]]
}

extension AnnualReport {
    /// The report's sections in `language`, in order: situation, partnerships by year, new partnerships, activity,
    /// the plans' progress, dormant ties, balance, district coverage, next year's anniversaries.
    public func sections(_ language: Language, reference: ReferenceData, friendshipLabel: String) -> [ReportSection] {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        func country(_ code: String) -> String { reference.countries.country(code)?.label.text(language) ?? code }
        func kind(_ k: PartnershipKind) -> String { k.label(friendshipLabel: friendshipLabel).text(language) }
        func partner(_ p: Partner) -> String { p.displayName(language) }
        let situation = ReportSection(
            key: "situation", title: t("友城基本情况", "Situation"),
            text: summary.paragraph(language, catalog: reference.countries, friendshipLabel: friendshipLabel),
            head: [t("指标", "Figure"), t("数量", "Count")],
            rows: [
                [t("友城关系", "Partnerships"), String(summary.partnerships)],
                [t("外方城市", "Partners"), String(summary.partners)], [t("国家", "Countries"), String(summary.countries)],
            ] + PartnershipKind.allCases.map { [kind($0), String(summary.byKind[$0] ?? 0)] })
        let new = ReportSection(
            key: "new", title: t("\(year)年新结友城", "New partnerships in \(year)"),
            text: t(
                "\(year)年新结友城 \(newPartnerships.count) 个。", "\(newPartnerships.count) new partnerships in \(year)."),
            head: [
                t("本地主体", "Home"), t("外方城市", "Partner"), t("国家", "Country"), t("类型", "Kind"), t("结好时间", "Established"),
            ],
            rows: newPartnerships.map {
                [
                    $0.home.fullName, partner($0.partner), country($0.partner.country), kind($0.partnership.kind),
                    $0.partnership.established?.display(language) ?? "",
                ]
            })
        let a = activity
        let activitySection = ReportSection(
            key: "activity", title: t("\(year)年交流活动", "Exchanges in \(year)"), text: a.sentence.text(language),
            head: [t("项目", "Item"), t("数量", "Count")],
            rows: [
                [t("来访团组", "Incoming delegations"), String(a.incoming.delegations)],
                [t("来访人次", "Incoming visitors"), String(a.incoming.people)],
                [
                    t("其中副市长以上团组", "of them led at vice-mayor level or above"),
                    String(a.incomingCityLeaderOrAbove.delegations),
                ],
                [t("出访团组", "Outgoing delegations"), String(a.outgoing.delegations)],
                [t("出访人次", "Outgoing people"), String(a.outgoing.people)],
                [t("其中赴友城", "of them to partner cities"), String(a.outgoingToPartners)],
            ] + a.byKind.map { [$0.0.label.text(language), String($0.1)] })
        let dormantSection = ReportSection(
            key: "dormant", title: t("休眠友城（截至\(year)年底）", "Dormant partnerships (end of \(year))"),
            text: t(
                "结好已满 \(dormantYears) 年、近 \(dormantYears) 年无交流的有效友城 \(dormant.count) 个。",
                "\(dormant.count) active partnerships at least \(dormantYears) years old with no exchange in \(dormantYears) years."
            ),
            head: [t("本地主体", "Home"), t("外方城市", "Partner"), t("国家", "Country"), t("最近交流", "Last exchange")],
            rows: dormant.map {
                [
                    $0.record.home.fullName, partner($0.record.partner), country($0.record.partner.country),
                    $0.lastExchange?.description ?? t("从无", "never"),
                ]
            })
        let counts = establishedByYear
        var running = 0
        let growth = ReportSection(
            key: "growth", title: t("历年结好", "Partnerships by year established"),
            text: counts.undated > 0
                ? t("另有 \(counts.undated) 个友城无结好日期，未计入。", "\(counts.undated) undated partnerships are not counted.")
                : nil,
            head: [t("年份", "Year"), t("当年结好", "Established"), t("累计", "Cumulative")],
            rows: zip(counts.years, counts.counts).map { year, count in
                running += count
                return [String(year), String(count), String(running)]
            })
        return [situation, growth, new, activitySection, planSection(language), dormantSection]
            + balanceAndCoverage(language, reference: reference)
            + [anniversarySection(language, partner: partner, country: country)]
    }

    private func balanceAndCoverage(_ language: Language, reference: ReferenceData) -> [ReportSection] {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        let continents = Continent.allCases.map { c -> [String] in
            let spread = summary.byContinent[c]
            return [c.label.text(language), String(spread?.partnerships ?? 0), String(spread?.countries ?? 0)]
        }
        let bri = summary.groups.filter { $0.code.hasPrefix("BRI-") }.map { group in
            [
                reference.countries.group(group.code)?.name.text(language) ?? group.code,
                String(group.spread.partnerships), String(group.spread.countries),
            ]
        }
        let balance = ReportSection(
            key: "balance", title: t("结构：大洲与“一带一路”", "Balance: continents and the Belt and Road"), text: nil,
            head: [t("分组", "Group"), t("友城", "Partnerships"), t("国家", "Countries")], rows: continents + bri)
        let without = coverage.without.map(\.fullName)
        let cityName = coverage.city?.fullName ?? ""
        let coverageSection = ReportSection(
            key: "coverage", title: t("区县覆盖", "District coverage"),
            text: coverage.city == nil
                ? nil
                : t(
                    "\(cityName)：\(coverage.districts.count) 个区县中有 \(without.count) 个尚无友城\(without.isEmpty ? "" : "（" + without.joined(separator: "、") + "）")。",
                    "\(cityName): \(without.count) of \(coverage.districts.count) districts and counties have no partner yet."
                ),
            head: [t("区县", "District"), t("友城", "Partnerships")],
            rows: coverage.districts.map { [$0.locality.fullName, String($0.total)] })
        return [balance, coverageSection]
    }

    private func anniversarySection(_ language: Language, partner: (Partner) -> String, country: (String) -> String)
        -> ReportSection
    {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        return ReportSection(
            key: "anniversaries", title: t("\(year + 1)年结好周年", "Anniversaries in \(year + 1)"),
            text: t(
                "\(year + 1)年逢五逢十的结好周年 \(anniversaries.count) 个。",
                "\(anniversaries.count) round anniversaries in \(year + 1)."),
            head: [t("日期", "Date"), t("周年", "Years"), t("本地主体", "Home"), t("外方城市", "Partner"), t("国家", "Country")],
            rows: anniversaries.map {
                [
                    $0.date.display(language), String($0.years), $0.record.home.fullName, partner($0.record.partner),
                    country($0.record.partner.country),
                ]
            })
    }
}
