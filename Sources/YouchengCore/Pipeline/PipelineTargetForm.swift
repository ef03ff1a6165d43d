import Foundation

/// A target as the pipeline page's form gives it, every field as text: `home`, `year`, `newMin`, `newMax` (empty:
/// `newMin`), `totalDate` and `totalCount` (both or neither), `localitiesDate` and `localitiesCount` (a number, or
/// empty or `all` for every locality under the home).
public struct PipelineTargetForm: Sendable, Hashable {
    /// The home: a code or a name.
    public var home: String
    /// The year.
    public var year: String
    /// New partnerships, at least.
    public var newMin: String
    /// New partnerships, at most.
    public var newMax: String
    /// The day of the total.
    public var totalDate: String
    /// The total to reach.
    public var totalCount: String
    /// The day of the localities covered.
    public var localitiesDate: String
    /// The localities to cover, or `all`.
    public var localitiesCount: String

    /// Creates a form.
    public init(
        home: String = "", year: String = "", newMin: String = "", newMax: String = "", totalDate: String = "",
        totalCount: String = "", localitiesDate: String = "", localitiesCount: String = ""
    ) {
        self.home = home
        self.year = year
        self.newMin = newMin
        self.newMax = newMax
        self.totalDate = totalDate
        self.totalCount = totalCount
        self.localitiesDate = localitiesDate
        self.localitiesCount = localitiesCount
    }

    /// The form of a stored target.
    public init(_ target: PipelineTarget) {
        self.init(
            home: target.homeCode, year: String(target.year), newMin: String(target.newPartnerships.min),
            newMax: String(target.newPartnerships.max), totalDate: target.totalBy?.date.description ?? "",
            totalCount: target.totalBy?.count.map(String.init) ?? "",
            localitiesDate: target.localitiesBy?.date.description ?? "",
            localitiesCount: target.localitiesBy.map { $0.count.map(String.init) ?? "all" } ?? "")
    }

    /// The target, or every refused field with a message naming it.
    public func validated(reference: ReferenceData) -> Result<PipelineTarget, FieldErrors> {
        var errors: [FieldError] = []
        func refuse(_ field: String, _ zh: String, _ en: String) {
            errors.append(FieldError(code: "invalid", field: field, message: Bilingual(zh: zh, en: en)))
        }
        func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func count(_ field: String, _ text: String) -> Int? {
            guard let n = Int(trim(text)), n >= 0 else {
                refuse(field, "\(field)：应为不小于 0 的整数", "\(field): must be a whole number from 0")
                return nil
            }
            return n
        }
        func day(_ field: String, _ text: String) -> Day? {
            guard let day = Day(parsing: trim(text)) else {
                refuse(field, "\(field)：应为 YYYY-MM-DD", "\(field): must be YYYY-MM-DD")
                return nil
            }
            return day
        }
        var homeCode = ""
        if trim(home).isEmpty {
            refuse("home", "本地主体：必填", "home: required")
        } else {
            do { homeCode = try reference.localities.homeParameter(trim(home)).code } catch { errors.append(error) }
        }
        let year = Int(trim(self.year))
        if year == nil { refuse("year", "year：应为年份", "year: must be a year") }
        let min = count("newMin", newMin)
        let max = trim(newMax).isEmpty ? min : count("newMax", newMax)
        var totalBy: PipelineTarget.ByDate?
        if !trim(totalDate).isEmpty || !trim(totalCount).isEmpty {
            if let date = day("totalDate", totalDate), let n = count("totalCount", totalCount) {
                totalBy = PipelineTarget.ByDate(date: date, count: n)
            }
        }
        var localitiesBy: PipelineTarget.ByDate?
        if !trim(localitiesDate).isEmpty {
            let all = trim(localitiesCount).isEmpty || trim(localitiesCount).lowercased() == "all"
            if let date = day("localitiesDate", localitiesDate) {
                let n = all ? nil : count("localitiesCount", localitiesCount)
                if all || n != nil { localitiesBy = PipelineTarget.ByDate(date: date, count: n) }
            }
        } else if !trim(localitiesCount).isEmpty {
            refuse("localitiesDate", "localitiesDate：请填写日期", "localitiesDate: give the day")
        }
        guard errors.isEmpty, let year, let min, let max else { return .failure(FieldErrors(errors: errors)) }
        let target = PipelineTarget(
            homeCode: homeCode, year: year, newPartnerships: CountRange(min: min, max: max), totalBy: totalBy,
            localitiesBy: localitiesBy)
        let problems = target.problems
        return problems.isEmpty ? .success(target) : .failure(FieldErrors(errors: problems))
    }
}
