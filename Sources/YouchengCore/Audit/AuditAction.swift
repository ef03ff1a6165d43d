/// What an audit entry records.
public enum AuditAction: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// A record was created.
    case create
    /// A record was changed.
    case update
    /// A record was deleted.
    case delete
    /// A unit (or user) was deactivated.
    case deactivate
    /// A registry file was imported.
    case imported = "import"
    /// The registry (or part of it) was exported.
    case exported = "export"
    /// A user signed in.
    case signIn
    /// A sign-in was refused (wrong password, unknown user, locked).
    case signInFailed
    /// A user signed out.
    case signOut
    /// A user account was created.
    case userCreated
    /// A user's role changed.
    case roleChanged
    /// A user's password changed.
    case passwordChanged
    /// A locked username was unlocked.
    case unlocked
    /// An API token was created.
    case tokenCreated
    /// An API token was revoked.
    case tokenRevoked
}

/// The kind of record an audit entry is about.
public enum AuditEntityType: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// A member unit.
    case unit
    /// A user account.
    case user
    /// An API token.
    case token
    /// A partnership.
    case partnership
    /// A partner.
    case partner
    /// The registry as a whole (imports, exports).
    case registry
    /// An exchange (visit, trip, event …).
    case exchange
    /// A deployment setting.
    case setting
    /// Another city's published figure.
    case peer
    /// A notice of the joint meeting sent to member units.
    case notice
    /// A unit's answer to a notice (entity id `noticeId/unitId`).
    case noticeResponse
    /// A plan of the joint meeting.
    case plan
    /// A task of a plan.
    case planTask
    /// A progress report on a task.
    case progressReport
    /// A joint meeting (会议).
    case meeting
    /// A decision of a meeting (entity id `meetingId/number`).
    case meetingDecision
    /// A cooperation project (合作项目), its stage changes and notes.
    case project
    /// A prospect of the twinning pipeline (结好意向).
    case prospect
    /// A home's pipeline target for a year (entity id `homeCode/year`).
    case pipelineTarget
    /// An indicator of the indicator list (指标).
    case indicator
    /// An indicator's figures for a year (entity id `indicatorId/year`).
    case indicatorYear
    /// A home's matching settings: population and target shares (entity id: the home's code).
    case matchSettings
    /// The themes recorded for a gazetteer city (entity id: its GeoNames id).
    case cityThemes
}
