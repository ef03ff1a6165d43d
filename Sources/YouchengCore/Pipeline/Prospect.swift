import Foundation

/// A prospect's own fields, as a form or API call gives them after `ProspectForm.validated`.
public struct ProspectDraft: Sendable, Hashable {
    /// The foreign city's name in English or its own language; may be empty when `nameZh` is given.
    public var name: String
    /// Its Chinese name; may be empty when `name` is given.
    public var nameZh: String
    /// ISO alpha-2 country code, upper case.
    public var country: String
    /// Its GeoNames id when it is a gazetteer city.
    public var geonameId: Int64?
    /// Our home locality's division code.
    public var homeCode: String
    /// The sponsoring unit's id.
    public var unitId: Int64
    /// Themes (航空航天 …), trimmed and distinct, in the order first given.
    public var themes: [String]
    /// Free notes.
    public var notes: String

    /// Creates a draft; `themes` are normalised (`ProspectDraft.normalised(themes:)`).
    public init(
        name: String, nameZh: String, country: String, geonameId: Int64? = nil, homeCode: String, unitId: Int64,
        themes: [String] = [], notes: String = ""
    ) {
        self.name = name
        self.nameZh = nameZh
        self.country = country
        self.geonameId = geonameId
        self.homeCode = homeCode
        self.unitId = unitId
        self.themes = Self.normalised(themes: themes)
        self.notes = notes
    }

    /// `themes` trimmed, without empty ones, each kept once (the first spelling; case and width ignored when
    /// comparing), in their order.
    public static func normalised(themes: [String]) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for theme in themes {
            let trimmed = theme.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, seen.insert(NameKey.fold(trimmed)).inserted else { continue }
            out.append(trimmed)
        }
        return out
    }

    /// The name to show in `language`, falling back to the other name.
    public func displayName(_ language: Language) -> String {
        switch language {
        case .zh: nameZh.isEmpty ? name : nameZh
        case .en: name.isEmpty ? nameZh : name
        }
    }
}

/// A stored prospect: its fields, its current stage and history, and the partnership its signing created.
public struct Prospect: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// Incremented on every change (fields or stage).
    public var version: Int
    /// Its fields.
    public var draft: ProspectDraft
    /// The current stage (the last change's).
    public var stage: ProspectStage
    /// The day of the current stage.
    public var stageDate: Day
    /// The partnership signing created, once signed.
    public var partnershipId: Int64?
    /// Its stage changes, oldest first.
    public var history: [ProspectStageChange]
    /// The username of who entered it.
    public var createdBy: String

    /// Creates a prospect.
    public init(
        id: Int64, version: Int = 1, draft: ProspectDraft, stage: ProspectStage, stageDate: Day,
        partnershipId: Int64? = nil, history: [ProspectStageChange] = [], createdBy: String
    ) {
        self.id = id
        self.version = version
        self.draft = draft
        self.stage = stage
        self.stageDate = stageDate
        self.partnershipId = partnershipId
        self.history = history
        self.createdBy = createdBy
    }
}

/// A stage change as asked: to `stage` on `date`, with `reason`; signing also names the partnership's `kind`.
public struct ProspectStageRequest: Sendable, Hashable {
    /// The new stage.
    public var stage: ProspectStage
    /// Its day.
    public var date: Day
    /// Why (required for a back step, shelving and dropping).
    public var reason: String
    /// The kind of partnership signing creates; required when `stage` is `signed`.
    public var kind: PartnershipKind?

    /// Creates a request.
    public init(stage: ProspectStage, date: Day, reason: String = "", kind: PartnershipKind? = nil) {
        self.stage = stage
        self.date = date
        self.reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        self.kind = kind
    }
}
