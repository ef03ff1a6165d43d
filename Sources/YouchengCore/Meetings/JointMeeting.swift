import Foundation

/// What an agenda item points to, by id: a plan task, a partnership or a notice (one at most).
public struct AgendaLink: Sendable, Hashable {
    /// What it points to.
    public var kind: AgendaLinkKind
    /// The record's id.
    public var id: Int64

    /// Creates a link.
    public init(_ kind: AgendaLinkKind, id: Int64) {
        self.kind = kind
        self.id = id
    }
}

/// One item of a meeting's agenda (议程), in order.
public struct AgendaItem: Sendable, Hashable {
    /// What is discussed; 1–500 characters.
    public var text: String
    /// The record it concerns, if any.
    public var link: AgendaLink?

    /// Creates an item.
    public init(text: String, link: AgendaLink? = nil) {
        self.text = text
        self.link = link
    }
}

/// A joint meeting (联席会议) as a form gives it, checked by `JointMeetingForm.validated()`.
public struct JointMeetingDraft: Sendable, Hashable {
    /// The day it was (or will be) held.
    public var date: Day
    /// Its kind.
    public var kind: MeetingKind
    /// The title; 1–200 characters.
    public var title: String
    /// Who convenes it: a leader or a unit, as written; 1–200 characters.
    public var convenor: String
    /// Where, if written; at most 200 characters.
    public var place: String
    /// The agenda, in order.
    public var agenda: [AgendaItem]
    /// Each recorded unit's attendance, by unit id (units not recorded are absent from the map).
    public var attendance: [Int64: MeetingAttendanceStatus]
    /// The minutes (纪要); at most 20,000 characters.
    public var minutes: String

    /// Creates a draft.
    public init(
        date: Day, kind: MeetingKind, title: String, convenor: String, place: String = "", agenda: [AgendaItem] = [],
        attendance: [Int64: MeetingAttendanceStatus] = [:], minutes: String = ""
    ) {
        self.date = date
        self.kind = kind
        self.title = title
        self.convenor = convenor
        self.place = place
        self.agenda = agenda
        self.attendance = attendance
        self.minutes = minutes
    }
}

/// A stored meeting with its decisions.
public struct JointMeeting: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// Incremented on every change of the meeting itself (not on a new decision).
    public var version: Int
    /// What it is.
    public var draft: JointMeetingDraft
    /// Its decisions (议定事项), by number.
    public var decisions: [MeetingDecision]
    /// The username of who recorded it.
    public var createdBy: String

    /// Creates a meeting.
    public init(
        id: Int64, version: Int = 1, draft: JointMeetingDraft, decisions: [MeetingDecision] = [],
        createdBy: String
    ) {
        self.id = id
        self.version = version
        self.draft = draft
        self.decisions = decisions
        self.createdBy = createdBy
    }

    /// How many of its decisions created a new task.
    public var tasksCreated: Int { decisions.filter(\.createdTask).count }
}

/// A meeting as a list shows it: date, kind, title, how many decisions and how many new tasks they made.
public struct JointMeetingSummary: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// The day.
    public var date: Day
    /// The kind.
    public var kind: MeetingKind
    /// The title.
    public var title: String
    /// How many decisions.
    public var decisions: Int
    /// How many of them created a task.
    public var tasksCreated: Int

    /// Creates a summary.
    public init(id: Int64, date: Day, kind: MeetingKind, title: String, decisions: Int, tasksCreated: Int) {
        self.id = id
        self.date = date
        self.kind = kind
        self.title = title
        self.decisions = decisions
        self.tasksCreated = tasksCreated
    }
}
