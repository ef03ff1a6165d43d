/// The indicator table of a year (指标完成情况): each indicator's target, actual and status, in category order.
public struct IndicatorTable: Sendable {
    /// One indicator's line.
    public struct Line: Sendable, Hashable {
        /// The indicator.
        public var indicator: Indicator
        /// The year's target, if set.
        public var target: Double?
        /// The actual figure: computed, or entered by hand; nil when not available.
        public var actual: Double?
        /// Who provided a hand-entered value (empty for computed ones).
        public var source: String
        /// Met, close or behind; nil without a target or an actual.
        public var status: IndicatorStatus?
    }

    /// A category with its lines.
    public struct Group: Sendable, Hashable {
        /// The category.
        public var category: IndicatorCategory
        /// Its indicators, by position then code.
        public var lines: [Line]
    }

    /// The year.
    public var year: Int
    /// The categories in order, each with its indicators (categories without any left out).
    public var groups: [Group]

    /// The table of `facts.year`: computed indicators take their formula's value, hand-entered ones the value in
    /// `years` (the year's figures by indicator id). Indicators of an unknown category come last in their own group.
    public init(
        indicators: [Indicator], categories: [IndicatorCategory], years: [IndicatorYear], facts: IndicatorFacts
    ) {
        year = facts.year
        let figures = Dictionary(
            years.filter { $0.year == facts.year }.map { ($0.indicatorId, $0) }, uniquingKeysWith: { a, _ in a })
        let lines = indicators.sorted { ($0.draft.position, $0.draft.code) < ($1.draft.position, $1.draft.code) }.map {
            indicator in
            let figure = figures[indicator.id]
            let actual = indicator.draft.formula.map(facts.value) ?? figure?.value
            return Line(
                indicator: indicator, target: figure?.target, actual: actual,
                source: indicator.draft.formula == nil ? figure?.source ?? "" : "",
                status: IndicatorStatus.judge(
                    actual: actual, target: figure?.target, direction: indicator.draft.direction))
        }
        var known = categories.sorted { ($0.position, $0.code) < ($1.position, $1.code) }
        let codes = Set(known.map(\.code))
        for code in Set(lines.map(\.indicator.draft.category)).subtracting(codes).sorted() {
            known.append(IndicatorCategory(code: code, nameZh: code, nameEn: code, position: Int.max))
        }
        groups = known.compactMap { category in
            let mine = lines.filter { $0.indicator.draft.category == category.code }
            return mine.isEmpty ? nil : Group(category: category, lines: mine)
        }
    }

    /// Every line, in table order.
    public var lines: [Line] { groups.flatMap(\.lines) }
}
