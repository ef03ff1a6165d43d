import Foundation

/// The rules of moving a prospect from one stage to another:
///
/// - forward along `ProspectStage.forward`, one step or several (a letter of intent may follow the first contact),
///   up to `signed`;
/// - back to an earlier open stage only with a reason;
/// - to `shelved` or `dropped` from any open stage, with a reason;
/// - from `shelved` back to any open stage (reopening), or to `dropped` with a reason;
/// - nothing after `signed` or `dropped`, and never to the stage it is at;
/// - dated no earlier than the change before it and no later than today.
public enum ProspectStageRules {
    /// The refusal of moving from `from` (dated `since`) to `to` on `date` with `reason`, or nil when allowed.
    public static func refusal(
        from: ProspectStage, since: Day?, to: ProspectStage, date: Day, reason: String, today: Day
    )
        -> ProspectError?
    {
        let hasReason = !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        if date > today { return .futureDate(today: today) }
        if let since, date < since { return .dateBeforePrevious(previous: since) }
        if from == to { return .sameStage(from) }
        if from.isFinal { return .finalStage(from) }
        switch to {
        case .shelved, .dropped:
            return hasReason ? nil : .reasonRequired(to)
        case _ where from == .shelved:
            return to == .signed ? .notAllowed(from: from, to: to) : nil
        default:
            guard let fromOrder = from.order, let toOrder = to.order else { return .notAllowed(from: from, to: to) }
            if toOrder < fromOrder && !hasReason { return .reasonRequired(to) }
            return nil
        }
    }

    /// The stages a prospect at `stage` may move to, in declaration order (the stage form's choices).
    public static func next(from stage: ProspectStage) -> [ProspectStage] {
        guard !stage.isFinal else { return [] }
        return ProspectStage.allCases.filter { to in
            to != stage && !(stage == .shelved && to == .signed)
        }
    }

    /// Whether moving from `from` to `to` is a step back (needs a reason).
    public static func isBackStep(from: ProspectStage, to: ProspectStage) -> Bool {
        guard let fromOrder = from.order, let toOrder = to.order else { return false }
        return toOrder < fromOrder
    }
}
