/// What kind of joint meeting (联席会议) a meeting is. Labels in `vocabulary.csv`.
public enum MeetingKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 全体会议: every member unit.
    case plenary
    /// 季度机制会议: the quarterly meeting of the mechanism.
    case quarterly
    /// 专题会: a meeting on one subject.
    case topical
    /// 专班会: a task force's meeting.
    case taskForce
}

/// Whether a unit came to a meeting. Labels in `vocabulary.csv`.
public enum MeetingAttendanceStatus: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 出席: the unit's member came.
    case attended
    /// 委派代表: the unit sent a deputy.
    case deputy
    /// 缺席: nobody came.
    case absent
}

/// What an agenda item may point to. Labels in `vocabulary.csv`.
public enum AgendaLinkKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// A task of a plan.
    case task
    /// A partnership.
    case partnership
    /// A notice to the units.
    case notice
}
