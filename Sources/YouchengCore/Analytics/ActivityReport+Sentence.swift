extension ActivityReport {
    /// The period as reports write it: `2018至2019年` / `2018–2019` for whole years, `2018年` / `2018` for one,
    /// else the two dates.
    public func period(_ language: Language) -> String {
        let wholeYears = from.month == 1 && from.day == 1 && to.month == 12 && to.day == 31
        switch (language, wholeYears, from.year == to.year) {
        case (.zh, true, true): return "\(from.year)年"
        case (.zh, true, false): return "\(from.year)至\(to.year)年"
        case (.en, true, true): return "\(from.year)"
        case (.en, true, false): return "\(from.year)–\(to.year)"
        case (.zh, false, _):
            return
                "\(from.partialDate?.display(.zh) ?? from.description)至\(to.partialDate?.display(.zh) ?? to.description)"
        case (.en, false, _): return "\(from) to \(to)"
        }
    }

    /// The sentence reports use: 「2018至2019年，共接待外国友城来访团组89批870人次，其中副市长以上40批260人次；出访35批，其中赴友城23批。」
    public var sentence: Bilingual {
        let lead = incomingCityLeaderOrAbove
        let zh =
            "\(period(.zh))，共接待外国友城来访团组\(incoming.delegations)批\(incoming.people)人次，"
            + "其中副市长以上\(lead.delegations)批\(lead.people)人次；出访\(outgoing.delegations)批，其中赴友城\(outgoingToPartners)批。"
        func delegations(_ n: Int) -> String { n == 1 ? "1 delegation" : "\(n) delegations" }
        let en =
            "In \(period(.en)), \(delegations(incoming.delegations)) from abroad were received (\(incoming.people) visitors), "
            + "\(lead.delegations) of them (\(lead.people) people) led at vice-mayor level or above; "
            + "\(delegations(outgoing.delegations)) went abroad, \(outgoingToPartners) of them to partner cities."
        return Bilingual(zh: zh, en: en)
    }
}
