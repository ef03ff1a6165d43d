extension PlanProgress {
    /// The sentence reports use: 「2021年度友城工作计划共46项任务，已完成30项，推进中12项，逾期4项；市商务委等3家单位本季度未报送进展。」
    /// and its English counterpart. The unit named is the one with the most tasks not reported.
    public var sentence: Bilingual {
        let done = byStatus[.done] ?? 0
        let inProgress = byStatus[.inProgress] ?? 0
        let figures = Bilingual(
            zh: "\(plan.title)共\(tasks)项任务，已完成\(done)项，推进中\(inProgress)项，逾期\(overdue)项；",
            en: "\(plan.title): \(tasks) \(tasks == 1 ? "task" : "tasks"), \(done) done, \(inProgress) in progress, "
                + "\(overdue) overdue; ")
        let late = unitsNotReported
        let tail: Bilingual
        switch late.count {
        case 0:
            tail = Bilingual(zh: "各单位本季度均已报送进展。", en: "every unit has reported this quarter.")
        case 1:
            tail = Bilingual(
                zh: "\(late[0].name.zh)本季度未报送进展。", en: "\(late[0].name.en) has not reported this quarter.")
        default:
            tail = Bilingual(
                zh: "\(late[0].name.zh)等\(late.count)家单位本季度未报送进展。",
                en: "\(late.count) units, \(late[0].name.en) among them, have not reported this quarter.")
        }
        return Bilingual(zh: figures.zh + tail.zh, en: figures.en + tail.en)
    }
}
