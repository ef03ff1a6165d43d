/// Where a prospect (结好意向) stands. The open stages run in declaration order from `identified` to `approved`;
/// `signed` ends the pipeline with a partnership; `shelved` pauses it and `dropped` ends it without one. Labels in
/// `vocabulary.csv`.
public enum ProspectStage: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 物色: identified as a candidate.
    case identified
    /// 接触: first contact made.
    case contacted
    /// 在谈: negotiating.
    case negotiating
    /// 意向书: a letter of intent signed.
    case letterOfIntent
    /// 报批: submitted for approval.
    case submitted
    /// 批准: approved.
    case approved
    /// 签约: signed; the prospect became a partnership.
    case signed
    /// 搁置: shelved; it may be reopened.
    case shelved
    /// 放弃: dropped; final.
    case dropped

    /// The stages in pipeline order, `identified` to `signed`.
    public static let forward: [ProspectStage] = [
        .identified, .contacted, .negotiating, .letterOfIntent, .submitted, .approved, .signed,
    ]

    /// The position in `forward` (0 for `identified`), nil for `shelved` and `dropped`.
    public var order: Int? { Self.forward.firstIndex(of: self) }

    /// Whether the prospect is still being worked: any stage before `signed`.
    public var isOpen: Bool { (order ?? Self.forward.count) < Self.forward.count - 1 }

    /// Whether nothing follows: `signed` and `dropped`.
    public var isFinal: Bool { self == .signed || self == .dropped }

    /// The batch (签约一批·在谈一批·在手一批) the stage belongs to on the board.
    public var batch: PipelineBatch {
        switch self {
        case .identified: .inHand
        case .contacted, .negotiating, .letterOfIntent: .inTalks
        case .submitted, .approved: .approval
        case .signed: .signed
        case .shelved, .dropped: .closed
        }
    }
}

/// The board's groups of stages: 在手 (identified), 在谈 (contacted, negotiating, letter of intent), 报批 (submitted,
/// approved), 签约 (signed) and, apart, 搁置/放弃. Labels in `vocabulary.csv`.
public enum PipelineBatch: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 在手: candidates identified, not yet contacted.
    case inHand
    /// 在谈: contacted, negotiating or with a letter of intent.
    case inTalks
    /// 报批: submitted for approval or approved.
    case approval
    /// 签约: signed.
    case signed
    /// 搁置或放弃: shelved or dropped.
    case closed

    /// Its stages, in order.
    public var stages: [ProspectStage] { ProspectStage.allCases.filter { $0.batch == self } }
}
