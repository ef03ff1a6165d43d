import Testing
import YouchengCore

/// A stage history read in day order, and a prospect's "moved forward in the year" read from typed stages.
@Suite struct StageHistoryTests {
    func prospect(_ changes: [(ProspectStage, String)]) -> StageHistory<ProspectStage> {
        StageHistory(
            subjectId: 1, unitId: 1,
            changes: changes.map { StageChange(stage: $0.0, date: Day(parsing: $0.1)!, by: "t") })
    }

    @Test func changesAreReadInDayOrderAndADaysChangesAsGiven() {
        let history = prospect([
            (.negotiating, "2025-03-01"), (.identified, "2024-05-01"), (.contacted, "2025-03-01"),
        ])
        #expect(history.inDayOrder.map(\.stage) == [.identified, .negotiating, .contacted])
    }

    @Test func aProspectGivenOutOfOrderStillAdvancesFromItsEntry() {
        // Entered (identified) 2024-05-01, contacted 2025-02-01, listed the other way round: one move, in 2025.
        let history = prospect([(.contacted, "2025-02-01"), (.identified, "2024-05-01")])
        #expect(history.advanced(in: 2025) && !history.advanced(in: 2024))
    }

    @Test func shelvingAndABackStepAreNoMoveButGoingBeyondTheFurthestIs() {
        // Negotiating 2024, shelved 2025-02-01, reopened at contacted 2025-03-01, negotiating 2025-04-01: nothing
        // beyond negotiating in 2025. Then a letter of intent 2026-01-05: a move in 2026.
        let history = prospect([
            (.negotiating, "2024-06-01"), (.shelved, "2025-02-01"), (.contacted, "2025-03-01"),
            (.negotiating, "2025-04-01"), (.letterOfIntent, "2026-01-05"),
        ])
        #expect(!history.advanced(in: 2025) && history.advanced(in: 2026))
    }
}
