extension AnnualReport {
    /// The plans' section: one sentence per plan in force or closed whose period touches the year, as reports
    /// write it, and a row per plan with its tasks by status, overdue and not reported as of `plansAsOf`.
    func planSection(_ language: Language) -> ReportSection {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        let text =
            plans.isEmpty
            ? t("\(year)年没有执行中的工作计划。", "No plan was in force in \(year).")
            : t("截至\(plansAsOf.description)：", "As of \(plansAsOf.description): ")
                + plans.map { $0.sentence.text(language) }.joined(separator: language == .zh ? "" : " ")
        return ReportSection(
            key: "plans", title: t("工作计划进展", "Plan progress"), text: text,
            head: [t("工作计划", "Plan"), t("任务", "Tasks")]
                + PlanTaskStatus.allCases.map { $0.label.text(language) }
                + [t("逾期", "Overdue"), t("本季度未报送", "Not reported this quarter")],
            rows: plans.map { progress in
                [progress.plan.title, String(progress.tasks)]
                    + PlanTaskStatus.allCases.map { String(progress.byStatus[$0] ?? 0) }
                    + [String(progress.overdue), String(progress.notReported)]
            })
    }
}
