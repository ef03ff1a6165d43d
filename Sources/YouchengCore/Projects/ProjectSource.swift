/// The record a project came from: an exchange, a unit's answer to a notice, or a meeting decision.
public enum ProjectSource: Sendable, Hashable {
    /// Exchange `id`.
    case exchange(Int64)
    /// The answer of unit `unitId` to notice `noticeId`.
    case noticeAnswer(noticeId: Int64, unitId: Int64)
    /// Meeting decision `id`.
    case decision(Int64)

    /// Its kind.
    public var kind: ProjectSourceKind {
        switch self {
        case .exchange: .exchange
        case .noticeAnswer: .noticeAnswer
        case .decision: .decision
        }
    }

    /// The reference as written in forms, files and JSON: `12` for an exchange or decision, `4/7` (notice/unit)
    /// for a notice answer.
    public var reference: String {
        switch self {
        case .exchange(let id), .decision(let id): String(id)
        case .noticeAnswer(let notice, let unit): "\(notice)/\(unit)"
        }
    }

    /// Reads `reference` as a source of `kind`; nil when it is not one (`12`, or `4/7` for a notice answer).
    public init?(kind: ProjectSourceKind, reference: String) {
        let text = reference.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .exchange, .decision:
            guard let id = Int64(text), id > 0 else { return nil }
            self = kind == .exchange ? .exchange(id) : .decision(id)
        case .noticeAnswer:
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let notice = Int64(parts[0]), let unit = Int64(parts[1]), notice > 0, unit > 0
            else { return nil }
            self = .noticeAnswer(noticeId: notice, unitId: unit)
        }
    }
}
