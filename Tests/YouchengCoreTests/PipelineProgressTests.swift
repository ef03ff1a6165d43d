import Testing
import YouchengCore

/// The progress of a home against its target, worked by hand from a few partnerships and prospects.
@Suite struct PipelineProgressTests {
    let asOf = Day(year: 2019, month: 9, day: 30)!

    /// 苏州市 (320500) with two districts, 姑苏区 320508 and 吴中区 320506.
    /// Partnerships: two signed in 2019 (one of the city, one of 姑苏区), one of 2018, one undated, one ended of 2010,
    /// and one established 2019-11-02, after `asOf`.
    var partnerships: [PipelineProgress.Partnership] {
        [
            .init(homeCode: "320500", established: PartialDate(year: 2019, month: 3, day: 1)),
            .init(homeCode: "320508", established: PartialDate(year: 2019, month: 6)),
            .init(homeCode: "320500", established: PartialDate(year: 2018)),
            .init(homeCode: "320500", established: nil),
            .init(homeCode: "320506", established: PartialDate(year: 2010), ended: true),
            .init(homeCode: "320500", established: PartialDate(year: 2019, month: 11, day: 2)),
        ]
    }

    /// Prospects: 1 submitted, 3 in talks (contacted, negotiating, letter of intent), 2 identified, 1 shelved, 1 signed
    /// in 2019 and 1 signed in 2018, 1 dropped in 2017.
    var prospects: [(stage: ProspectStage, date: Day)] {
        let day = Day(year: 2019, month: 5, day: 1)!
        return [
            (.submitted, day), (.contacted, day), (.negotiating, day), (.letterOfIntent, day), (.identified, day),
            (.identified, day), (.shelved, day), (.signed, day), (.signed, Day(year: 2018, month: 1, day: 1)!),
            (.dropped, Day(year: 2017, month: 1, day: 1)!),
        ]
    }

    func progress(_ target: PipelineTarget?) -> PipelineProgress {
        PipelineProgress(
            homeCode: "320500", year: 2019, target: target, partnerships: partnerships, prospects: prospects,
            localitiesUnder: ["320506", "320508"], asOf: asOf)
    }

    @Test func signedCountsTheRegistrysPartnershipsOfTheYearAndTheGapIsTheRangeLessThem() {
        let p = progress(PipelineTarget(homeCode: "320500", year: 2019, newPartnerships: CountRange(min: 3, max: 4)))
        // Established in 2019: 2019-03-01, 2019-06, 2019-11-02 → 3 (the year's partnerships, whatever today is).
        #expect(p.signed == 3)
        // Gap: 3 − 3 = 0, 4 − 3 = 1.
        #expect(p.gap == CountRange(min: 0, max: 1))
        // Approval: submitted 1 + approved 0; talks: contacted + negotiating + letter of intent = 3.
        #expect(p.inApproval == 1)
        #expect(p.inTalks == 3)
        // Signed prospects count only the year's; dropped ones too.
        #expect(p.byStage[.signed] == 1)
        #expect(p.byStage[.dropped] == 0)
        #expect(p.byStage[.identified] == 2)
    }

    @Test func theIssuesExampleReadsAsItsSentence() {
        // Target 3–4 with 2 signed: the same home without the partnership of 2019-11-02.
        let p = PipelineProgress(
            homeCode: "320500", year: 2019,
            target: PipelineTarget(homeCode: "320500", year: 2019, newPartnerships: CountRange(min: 3, max: 4)),
            partnerships: Array(partnerships.dropLast()), prospects: prospects, localitiesUnder: [], asOf: asOf)
        // Gap: 3 − 2 = 1, 4 − 2 = 2.
        #expect(p.gap == CountRange(min: 1, max: 2))
        #expect(p.sentence.zh == "2019年目标新结好3–4个，已签约2个，报批中1个，在谈3个，尚差1–2个。")
        #expect(
            p.sentence.en
                == "2019 target: 3–4 new partnerships; 2 signed, 1 in approval, 3 in talks; 1–2 still to sign.")
    }

    @Test func theGapIsNeverNegativeAndAMetTargetSaysSo() {
        let p = progress(PipelineTarget(homeCode: "320500", year: 2019, newPartnerships: CountRange(min: 1, max: 2)))
        // 1 − 3 and 2 − 3 are below 0 → 0.
        #expect(p.gap == CountRange(min: 0, max: 0))
        #expect(p.sentence.zh.hasSuffix("已完成目标。"))
        let lowerMet = progress(
            PipelineTarget(homeCode: "320500", year: 2019, newPartnerships: CountRange(min: 3, max: 5)))
        #expect(lowerMet.sentence.zh.hasSuffix("已达目标下限，距上限尚差2个。"))
    }

    @Test func theTotalCountsPartnershipsNotEndedEstablishedByTheDayOrByTodayWhileItIsAhead() {
        let target = PipelineTarget(
            homeCode: "320500", year: 2019, newPartnerships: CountRange(min: 3, max: 4),
            totalBy: .init(date: Day(year: 2020, month: 12, day: 31)!, count: 81),
            localitiesBy: .init(date: Day(year: 2020, month: 12, day: 31)!, count: nil))
        let p = progress(target)
        // The day is ahead of asOf (2019-09-30): 2019-03-01, 2019-06, 2018, undated → 4; ended and 2019-11-02 not.
        #expect(p.total?.reached == 4)
        #expect(p.total?.gap == 77)
        // Localities: 姑苏区 has one (2019-06); 吴中区's only one ended → 1 of "all" 2, gap 1.
        #expect(p.localities?.target == 2)
        #expect(p.localities?.reached == 1)
        #expect(p.localities?.gap == 1)
        #expect(p.totalSentence?.zh == "到2020-12-31目标友城81个，现有4个，尚差77个。")
    }

    @Test func withoutATargetThereIsNoGapAndTheSentenceSaysNoneIsSet() {
        let p = progress(nil)
        #expect(p.gap == nil)
        #expect(p.total == nil)
        #expect(p.sentence.zh == "2019年未设新结好目标，已签约3个，报批中1个，在谈3个。")
    }

    @Test func theJSONHasTheAPIsShape() {
        let p = progress(PipelineTarget(homeCode: "320500", year: 2019, newPartnerships: CountRange(min: 3, max: 4)))
        guard case .object(let members) = p.json else {
            Issue.record("not an object")
            return
        }
        #expect(Array(members.map(\.0).prefix(6)) == ["home", "year", "target", "signed", "byStage", "gap"])
        #expect(members.first { $0.0 == "gap" }?.1 == .object([("min", .int(0)), ("max", .int(1))]))
    }
}
