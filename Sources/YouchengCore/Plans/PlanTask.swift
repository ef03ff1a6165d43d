import Foundation

/// A key task of a plan (重点任务), assigned to a lead unit with cooperating units.
public struct PlanTask: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// The plan it belongs to.
    public var planId: Int64
    /// Incremented on every change.
    public var version: Int
    /// What the task is.
    public var draft: PlanTaskDraft
    /// Where it stands, as its latest progress report says (未启动 until one does).
    public var status: PlanTaskStatus
    /// The latest reported progress, 0–100.
    public var progress: Int
    /// The task it is part of (`3.2` for `3.2.1`), if any.
    public var parentId: Int64?

    /// Creates a task.
    public init(
        id: Int64, planId: Int64, version: Int = 1, draft: PlanTaskDraft, status: PlanTaskStatus = .notStarted,
        progress: Int = 0, parentId: Int64? = nil
    ) {
        self.id = id
        self.planId = planId
        self.version = version
        self.draft = draft
        self.status = status
        self.progress = progress
        self.parentId = parentId
    }

    /// Whether `unitId` leads or cooperates on the task.
    public func involves(unitId: Int64) -> Bool {
        draft.leadUnitId == unitId || draft.cooperatingUnitIds.contains(unitId)
    }
}

/// A task as an import, a form or the API gives it.
public struct PlanTaskDraft: Sendable, Hashable {
    /// Its number in the plan (`3.2.1`); unique within the plan.
    public var number: String
    /// The title.
    public var title: String
    /// The description (the import's notes).
    public var description: String
    /// The lead unit (牵头单位).
    public var leadUnitId: Int64
    /// The cooperating units (配合单位), in the order written, without the lead unit.
    public var cooperatingUnitIds: [Int64]
    /// When it is due, if a date is set.
    public var due: Day?
    /// The domains concerned, as written.
    public var domains: [String]
    /// The partners concerned, as written.
    public var partners: [String]
    /// The countries concerned (codes or names, as written).
    public var countries: [String]
    /// The measurable target in words.
    public var target: String

    /// Creates a draft.
    public init(
        number: String, title: String, description: String = "", leadUnitId: Int64, cooperatingUnitIds: [Int64] = [],
        due: Day? = nil, domains: [String] = [], partners: [String] = [], countries: [String] = [], target: String = ""
    ) {
        self.number = number
        self.title = title
        self.description = description
        self.leadUnitId = leadUnitId
        self.cooperatingUnitIds = cooperatingUnitIds
        self.due = due
        self.domains = domains
        self.partners = partners
        self.countries = countries
        self.target = target
    }

    /// The number of the task this one is part of: `3.2` for `3.2.1`; nil for a number without a dot.
    public var parentNumber: String? {
        guard let dot = number.lastIndex(of: "."), dot != number.startIndex else { return nil }
        return String(number[..<dot])
    }
}
