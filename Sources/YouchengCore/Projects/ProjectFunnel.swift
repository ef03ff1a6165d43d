/// The project funnel (项目漏斗): how many projects are at each stage, how many reached each stage of the track, and
/// the conversion from each track stage to the next, overall and by a grouping (partner, unit, domain).
///
/// A project reached a stage by the one rule of ``ProjectStage/reaches(_:)``: its history holds that stage or a later
/// one of the track (a lead signed at once reached intent too; a shelved project keeps the furthest stage it got to). The conversion from S to the next
/// stage T is the share of projects that reached S which also reached T (none when no project reached S).
public struct ProjectFunnel: Sendable, Hashable {
    /// One step of the track with its conversion to the next.
    public struct Step: Sendable, Hashable {
        /// The stage.
        public var stage: ProjectStage
        /// Projects at this stage now.
        public var current: Int
        /// Projects that reached it (it or later).
        public var reached: Int
        /// Of those, the share that reached the next stage, in percent rounded to whole; nil for the last stage or
        /// when no project reached this one.
        public var conversionPercent: Int?
    }

    /// The steps of the track, in order.
    public var steps: [Step]
    /// Projects shelved now.
    public var shelved: Int
    /// Projects ended now.
    public var ended: Int
    /// Every project counted.
    public var total: Int

    /// The funnel of `projects`.
    public init(_ projects: [ProjectSummary]) {
        var current: [ProjectStage: Int] = [:]
        var reached = Array(repeating: 0, count: ProjectStage.track.count)
        for project in projects {
            current[project.stage, default: 0] += 1
            for (rank, stage) in ProjectStage.track.enumerated() where project.reached.reaches(stage) {
                reached[rank] += 1
            }
        }
        steps = ProjectStage.track.enumerated().map { rank, stage in
            let next = rank + 1 < reached.count ? reached[rank + 1] : nil
            return Step(
                stage: stage, current: current[stage] ?? 0, reached: reached[rank],
                conversionPercent: next.flatMap { reached[rank] > 0 ? Self.percent($0, of: reached[rank]) : nil })
        }
        shelved = current[.shelved] ?? 0
        ended = current[.ended] ?? 0
        total = projects.count
    }

    /// `part` of `whole` in whole percent, halves rounded up.
    public static func percent(_ part: Int, of whole: Int) -> Int { (part * 200 + whole) / (whole * 2) }

    /// The funnel of each group `key` puts projects in (a project may be in several, as with its partners), the
    /// largest groups first, ties by key.
    public static func grouped<Key: Hashable & Comparable>(
        _ projects: [ProjectSummary], by key: (ProjectSummary) -> [Key]
    ) -> [(key: Key, funnel: ProjectFunnel)] {
        var groups: [Key: [ProjectSummary]] = [:]
        for project in projects {
            for k in Set(key(project)) { groups[k, default: []].append(project) }
        }
        return groups.map { (key: $0.key, funnel: ProjectFunnel($0.value)) }.sorted {
            $0.funnel.total != $1.funnel.total ? $0.funnel.total > $1.funnel.total : $0.key < $1.key
        }
    }
}
