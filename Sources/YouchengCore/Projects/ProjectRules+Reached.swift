/// The one rule of when a project **reached** a stage, read by the funnel, the partner health score, the indicators
/// (C1 projects signed, C2 landed) and the unit scorecard.
///
/// A project reached a track stage when its history reaches that stage or any later one of the track (lead → intent
/// → signed → landed → completed), and it reached it on the first day it did. A lead signed at once reached intent
/// too; a project landed on 2024-03-01 without a signed step reached signed on 2024-03-01; a project that was
/// shelved or ended keeps what it reached before; a step back and forward again reaches nothing new (the day stays
/// the first one). Shelved and ended are no track stage: a project reaches each only by moving to it.
extension ProjectStage {
    /// Whether a project moving to this stage thereby reached `stage`: this stage is `stage` or a later one of the
    /// track (for shelved and ended: only the stage itself).
    public func reaches(_ stage: ProjectStage) -> Bool {
        guard let mine = rank, let target = stage.rank else { return self == stage }
        return mine >= target
    }
}

extension ProjectRules {
    /// The day `history` reached `stage` (see ``ProjectStage/reaches(_:)``): the earliest day of a change to it or to
    /// a later track stage; nil when it never did.
    public static func reachedDay(_ stage: ProjectStage, in history: [ProjectStageChange]) -> Day? {
        history.filter { $0.stage.reaches(stage) }.map(\.date).min()
    }

    /// The furthest track stage among `stages` (a project's history): the stage a funnel counts it as having
    /// reached, with every track stage before it. Lead when none is on the track.
    public static func reached(_ stages: some Sequence<ProjectStage>) -> ProjectStage {
        let stages = Array(stages)
        return ProjectStage.track.last { target in stages.contains { $0.reaches(target) } } ?? .lead
    }
}
