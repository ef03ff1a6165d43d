/// What the pipeline board shows of a home's prospects: how many are at each stage, and the most recent cards of
/// each stage up to a cap, so a home with thousands of prospects still gives a page of a few hundred cards. Signed
/// and dropped count only those that reached that stage in the board's year; the rest count whatever their day.
public struct ProspectBoard: Sendable, Hashable {
    /// The cards a column shows unless asked otherwise.
    public static let defaultCap = 20

    /// The prospects at each stage (stages with none are absent).
    public var counts: [ProspectStage: Int]
    /// At most `cap` prospects of each stage, the latest stage day first (then the latest entered).
    public var cards: [Prospect]
    /// The most cards a column shows.
    public var cap: Int

    /// Creates a board.
    public init(counts: [ProspectStage: Int], cards: [Prospect], cap: Int = ProspectBoard.defaultCap) {
        self.counts = counts
        self.cards = cards
        self.cap = cap
    }

    /// How many prospects are at `stage`.
    public func count(_ stage: ProspectStage) -> Int { counts[stage] ?? 0 }

    /// The cards of `stage`, in board order.
    public func cards(_ stage: ProspectStage) -> [Prospect] { cards.filter { $0.stage == stage } }

    /// Whether nothing is on the board.
    public var isEmpty: Bool { counts.values.allSatisfy { $0 == 0 } }
}
