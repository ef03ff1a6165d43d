/// What a plan is (计划类型).
public enum PlanKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 年度计划: one year's plan.
    case annual
    /// 三年行动计划: an action plan over three years.
    case threeYear
    /// 专项规划: a plan for one field.
    case special
    /// 其他.
    case other
}

/// Where a plan stands (计划状态).
public enum PlanStatus: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// Being written; not yet binding.
    case draft
    /// In force: its tasks are pushed and reported.
    case inForce
    /// Closed: kept on record.
    case closed
}

/// Where a task stands (任务状态), as its latest progress report says.
public enum PlanTaskStatus: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 未启动.
    case notStarted
    /// 推进中.
    case inProgress
    /// 已完成.
    case done
    /// 已取消.
    case cancelled

    /// Whether the task is still to be done: neither done nor cancelled.
    public var isOpen: Bool { self == .notStarted || self == .inProgress }
}

/// The columns of a plan's task table, matched by header name (labels and aliases in `Resources/vocabulary.csv`).
public enum PlanColumn: String, Sendable, CaseIterable, ImportColumn {
    /// 序号: the task's number (`3.2.1`), required.
    case number
    /// 任务: the task's title, required.
    case task
    /// 牵头单位: the lead unit by name, required.
    case lead
    /// 配合单位: cooperating units, separated by `、`, `;` or `,`.
    case cooperating
    /// 完成时限: a date, a month, a quarter or a year (the period's last day).
    case due
    /// 领域: domains, as written.
    case domains
    /// 友城: partners concerned, as written.
    case partners
    /// 目标: the measurable target in words.
    case target
    /// 备注: notes, kept as the task's description.
    case notes
}
