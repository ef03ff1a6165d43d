import Foundation

/// The rules of a project's stages and of the stalled list, in one place for the store, the pages and the tests.
public enum ProjectRules {
    /// The days without an update after which an open project is stalled, unless the deployment says otherwise.
    public static let defaultStalledDays = 90
    /// The thresholds a deployment may set.
    public static let stalledDaysRange = 1...3650

    /// Stalled: open (not completed, shelved or ended) and no update for more than `days` days before `asOf`. With
    /// 90 days, a project last updated on 2026-01-01 is not stalled on 2026-04-01 (90 days later) and is on
    /// 2026-04-02 (91).
    public static func isStalled(stage: ProjectStage, lastUpdate: Day, asOf: Day, days: Int) -> Bool {
        stage.isOpen && asOf.ordinal - lastUpdate.ordinal > days
    }

    /// The last update day a project must be on or before to be stalled on `asOf` (`asOf` less `days` + 1 days).
    public static func stalledCutoff(asOf: Day, days: Int) -> Day? { Day(ordinal: asOf.ordinal - days - 1) }

    /// Whether moving from `from` to `to` is a step back: to an earlier stage of the track, or from a closed or
    /// shelved stage back to an open one (reopening).
    public static func isStepBack(from: ProjectStage, to: ProjectStage) -> Bool {
        if let old = from.rank, let new = to.rank { return new < old }
        return !from.isOpen && to.isOpen
    }

    /// Checks a move of a project at `current` (entered on `since`) to `to` on `date`, recorded on `today`: a
    /// different stage, dated neither before `since` nor after `today`, and a step back only with a reason. Forward
    /// moves may skip stages (a lead may be signed at once); shelving or ending is allowed from any stage.
    public static func checkMove(
        from current: ProjectStage, since: Day, to: ProjectStage, date: Day, reason: String, today: Day
    ) -> ProjectError? {
        if current == to { return .sameStage(to) }
        if date < since { return .dateBeforeStage(since) }
        if date > today { return .futureDate(today) }
        if isStepBack(from: current, to: to) && reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .reasonRequired(from: current, to: to)
        }
        return nil
    }
}

extension ProjectRules {
    /// The longest note.
    public static let maxNote = 2000

    /// Why note `text` cannot be kept (empty, or longer than `maxNote` characters); nil when it can.
    public static func noteError(_ text: String) -> FieldError? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            return FieldError(
                code: "required", field: "text", message: Bilingual(zh: "请填写跟进记录", en: "the note is required"))
        }
        if trimmed.count > maxNote {
            return FieldError(
                code: "too_long", field: "text",
                message: Bilingual(zh: "跟进记录不能超过 \(maxNote) 个字", en: "the note must be at most \(maxNote) characters"))
        }
        return nil
    }
}
