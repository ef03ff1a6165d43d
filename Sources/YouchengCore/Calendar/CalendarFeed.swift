/// The events of a user's calendar feed: round anniversaries and upcoming exchanges, titled in both languages.
public enum CalendarFeed {
    /// The events for `anniversaries` and `exchanges`; a month-only anniversary is put on the month's first day and a
    /// year-only one on 1 January, each saying its day is unknown.
    public static func events(
        anniversaries: [Anniversary], exchanges: [Exchange], partnerNames: [Int64: String]
    ) -> [CalendarEvent] {
        let dates: [CalendarEvent] = anniversaries.compactMap { anniversary in
            let record = anniversary.record
            let first = anniversary.date.earliest
            guard let day = Day(year: first.year, month: first.month, day: first.day) else { return nil }
            let partner = record.partner.nameZh.isEmpty ? record.partner.name : record.partner.nameZh
            let precision: String =
                switch (anniversary.date.month, anniversary.date.day) {
                case (nil, _): "（具体日期未知，当年）/ day unknown, in this year"
                case (_, nil): "（具体日期未知，当月）/ day unknown, in this month"
                default: ""
                }
            return CalendarEvent(
                uid: "anniversary-\(record.partnership.id)-\(anniversary.years)@youcheng", start: day, end: day,
                summary: "\(record.home.fullName)—\(partner) 结好\(anniversary.years)周年 / \(anniversary.years) years",
                description: [
                    "\(record.partner.name) (\(record.partner.country)), 结好 / established \(record.partnership.established?.description ?? "")",
                    precision,
                ].filter { !$0.isEmpty }.joined(separator: "\n"))
        }
        let trips = exchanges.map { exchange in
            CalendarEvent(
                uid: "exchange-\(exchange.id)@youcheng", start: exchange.draft.start,
                end: max(exchange.draft.start, exchange.draft.end),
                summary: "\(exchange.draft.kind.label.zh) / \(exchange.draft.kind.label.en): \(exchange.draft.title)",
                description: exchange.draft.partnerIds.compactMap { partnerNames[$0] }.joined(separator: "、"))
        }
        return (dates + trips).sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
    }
}
