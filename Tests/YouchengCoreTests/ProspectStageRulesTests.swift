import Testing
import YouchengCore

/// The stage rules of a prospect: forward in order (skipping allowed), back only with a reason, shelving and
/// dropping from any open stage with a reason, reopening from shelved, nothing after signed or dropped, and dates
/// that keep the history in order.
@Suite struct ProspectStageRulesTests {
    let today = Day(year: 2026, month: 5, day: 20)!
    let may1 = Day(year: 2026, month: 5, day: 1)!

    func refusal(_ from: ProspectStage, _ to: ProspectStage, reason: String = "", on date: Day? = nil)
        -> ProspectError?
    {
        ProspectStageRules.refusal(from: from, since: may1, to: to, date: date ?? today, reason: reason, today: today)
    }

    @Test func aStepForwardNeedsNoReasonAndMaySkipStages() {
        #expect(refusal(.identified, .contacted) == nil)
        #expect(refusal(.contacted, .letterOfIntent) == nil)
        #expect(refusal(.identified, .signed) == nil)
    }

    @Test func aStepBackNeedsAReason() {
        #expect(refusal(.negotiating, .contacted) == .reasonRequired(.contacted))
        #expect(refusal(.negotiating, .contacted, reason: "对方换届") == nil)
        #expect(refusal(.approved, .identified, reason: "   ") == .reasonRequired(.identified))
    }

    @Test func shelvingAndDroppingFromAnyOpenStageNeedAReason() {
        for stage in ProspectStage.forward where stage != .signed {
            #expect(refusal(stage, .shelved) == .reasonRequired(.shelved))
            #expect(refusal(stage, .dropped, reason: "对方无意") == nil)
        }
    }

    @Test func aShelvedProspectReopensAtAnOpenStageButIsNotSignedStraightAway() {
        #expect(refusal(.shelved, .negotiating) == nil)
        #expect(refusal(.shelved, .signed) == .notAllowed(from: .shelved, to: .signed))
        #expect(refusal(.shelved, .dropped) == .reasonRequired(.dropped))
    }

    @Test func nothingFollowsSignedOrDroppedAndNoStageRepeats() {
        #expect(refusal(.signed, .shelved, reason: "x") == .finalStage(.signed))
        #expect(refusal(.dropped, .identified, reason: "x") == .finalStage(.dropped))
        #expect(refusal(.contacted, .contacted) == .sameStage(.contacted))
    }

    @Test func aChangeIsDatedNoEarlierThanThePreviousAndNoLaterThanToday() {
        #expect(
            refusal(.identified, .contacted, on: Day(year: 2026, month: 4, day: 30)!)
                == .dateBeforePrevious(previous: may1))
        #expect(refusal(.identified, .contacted, on: may1) == nil)
        #expect(refusal(.identified, .contacted, on: Day(year: 2026, month: 5, day: 21)!) == .futureDate(today: today))
    }

    @Test func theStageFormOffersEveryOtherStageButSignedFromShelvedAndNoneWhenFinal() {
        #expect(ProspectStageRules.next(from: .signed).isEmpty)
        #expect(ProspectStageRules.next(from: .dropped).isEmpty)
        #expect(!ProspectStageRules.next(from: .shelved).contains(.signed))
        #expect(ProspectStageRules.next(from: .contacted).count == ProspectStage.allCases.count - 1)
    }

    @Test func theBatchesGroupTheStagesAsTheBoardShowsThem() {
        #expect(PipelineBatch.inHand.stages == [.identified])
        #expect(PipelineBatch.inTalks.stages == [.contacted, .negotiating, .letterOfIntent])
        #expect(PipelineBatch.approval.stages == [.submitted, .approved])
        #expect(PipelineBatch.closed.stages == [.shelved, .dropped])
    }

    @Test func themesAreTrimmedAndKeptOnceInTheirFirstSpelling() {
        #expect(
            ProspectDraft.normalised(themes: [" 航空航天 ", "Aerospace", "", "aerospace", "航空航天"]) == ["航空航天", "Aerospace"])
        #expect(ProspectForm.themes("生命科学、港口物流，生命科学; ") == ["生命科学", "港口物流"])
    }
}
