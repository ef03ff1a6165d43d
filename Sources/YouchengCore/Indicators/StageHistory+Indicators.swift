extension StageHistory where Stage == ProjectStage {
    /// Whether the project reached `stage` in `year`: the day ``ProjectRules/reachedDay(_:in:)`` gives falls in it.
    /// Each project counts once for a stage, in the year it first reached it (a project signed in 2024, moved back
    /// and signed again in 2025 counts in 2024 only).
    public func reached(_ stage: ProjectStage, in year: Int) -> Bool {
        ProjectRules.reachedDay(stage, in: changes)?.year == year
    }
}

extension StageHistory where Stage == ProspectStage {
    /// Whether the prospect moved forward at least once in `year`. A change moves it forward when its stage comes
    /// later in ``ProspectStage/forward`` than the furthest stage the prospect had reached before it (changes read in
    /// day order, then as given). Its first change — its entry — is no move; going back a stage and forward again to
    /// where it had been is none either; shelved and dropped are none.
    public func advanced(in year: Int) -> Bool {
        var furthest: Int?
        for (index, change) in inDayOrder.enumerated() {
            guard let order = change.stage.order else { continue }
            if index > 0, change.date.year == year, order > (furthest ?? -1) { return true }
            furthest = max(order, furthest ?? order)
        }
        return false
    }
}
