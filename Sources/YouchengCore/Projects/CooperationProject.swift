/// A cooperation project's own fields as a form, a file or the API gives them (its stage moves by stage changes).
public struct ProjectDraft: Sendable, Hashable {
    /// The title; 1–200 characters.
    public var title: String
    /// The registry partners it is with, one or more, in the order given.
    public var partnerIds: [Int64]
    /// The owning unit (its editors write it).
    public var unitId: Int64
    /// Its domain and kind.
    public var kind: ProjectKind
    /// The amount agreed (投资额/合同额), in `currency`.
    public var agreed: Money?
    /// The amount realised so far (到位/实现), in `currency`.
    public var realised: Money?
    /// The currency of `agreed` and `realised` (ISO 4217).
    public var currency: String
    /// What the office plans to spend on following the project up (CNY): visits, events, translation.
    public var budget: Money?
    /// What the office has spent on it so far (CNY).
    public var actualCost: Money?
    /// The record it came from, if any.
    public var source: ProjectSource?

    /// Creates a draft.
    public init(
        title: String, partnerIds: [Int64], unitId: Int64, kind: ProjectKind, agreed: Money? = nil,
        realised: Money? = nil, currency: String = CurrencyCode.home, budget: Money? = nil,
        actualCost: Money? = nil, source: ProjectSource? = nil
    ) {
        self.title = title
        self.partnerIds = partnerIds
        self.unitId = unitId
        self.kind = kind
        self.agreed = agreed
        self.realised = realised
        self.currency = currency
        self.budget = budget
        self.actualCost = actualCost
        self.source = source
    }
}

/// A dated note on a project's follow-up (跟进记录).
public struct ProjectNote: Sendable, Hashable {
    /// The note's id.
    public var id: Int64
    /// The day it is about.
    public var date: Day
    /// What happened; 1–2,000 characters.
    public var text: String
    /// Who wrote it.
    public var by: String

    /// Creates a note.
    public init(id: Int64, date: Day, text: String, by: String) {
        self.id = id
        self.date = date
        self.text = text
        self.by = by
    }
}

/// A stored cooperation project (合作项目) with its stage history and notes.
public struct CooperationProject: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// Incremented on every write to the project (edit, stage change or note).
    public var version: Int
    /// Its fields.
    public var draft: ProjectDraft
    /// Its current stage (the last change's).
    public var stage: ProjectStage
    /// The last day anything happened: the latest stage change, note or edit.
    public var lastUpdate: Day
    /// The stage changes, oldest first.
    public var history: [ProjectStageChange]
    /// The notes, newest first.
    public var notes: [ProjectNote]
    /// Who recorded it.
    public var createdBy: String

    /// Creates a project.
    public init(
        id: Int64, version: Int = 1, draft: ProjectDraft, stage: ProjectStage, lastUpdate: Day,
        history: [ProjectStageChange] = [], notes: [ProjectNote] = [], createdBy: String
    ) {
        self.id = id
        self.version = version
        self.draft = draft
        self.stage = stage
        self.lastUpdate = lastUpdate
        self.history = history
        self.notes = notes
        self.createdBy = createdBy
    }
}

/// A project as the list, the funnel and exports show it.
public struct ProjectSummary: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// Its fields.
    public var draft: ProjectDraft
    /// Its stage.
    public var stage: ProjectStage
    /// The day it entered its stage.
    public var since: Day
    /// The day of its first stage (when it was first recorded at a stage).
    public var started: Day
    /// The last day anything happened.
    public var lastUpdate: Day
    /// The furthest track stage it reached (shelved and ended projects keep where they got to).
    public var reached: ProjectStage

    /// Creates a summary; `started` is `since` unless given.
    public init(
        id: Int64, draft: ProjectDraft, stage: ProjectStage, since: Day, started: Day? = nil, lastUpdate: Day,
        reached: ProjectStage
    ) {
        self.id = id
        self.draft = draft
        self.stage = stage
        self.since = since
        self.started = started ?? since
        self.lastUpdate = lastUpdate
        self.reached = reached
    }
}
