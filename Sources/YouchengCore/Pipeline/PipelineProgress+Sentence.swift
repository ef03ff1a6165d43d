extension PipelineProgress {
    /// The sentence of the year: 「2019年目标新结好3–4个，已签约2个，报批中1个，在谈3个，尚差1–2个。」 and its English;
    /// when the lower end is reached 「已达目标下限，距上限尚差1个」, when both 「已完成目标」; without a target the figures
    /// only.
    public var sentence: Bilingual {
        let figures = Bilingual(
            zh: "已签约\(signed)个，报批中\(inApproval)个，在谈\(inTalks)个",
            en: "\(signed) signed, \(inApproval) in approval, \(inTalks) in talks")
        guard let target, let gap else {
            return Bilingual(
                zh: "\(year)年未设新结好目标，\(figures.zh)。", en: "\(year): no target set; \(figures.en).")
        }
        let range = target.newPartnerships.text
        let tail: Bilingual =
            if gap.max == 0 {
                Bilingual(zh: "已完成目标", en: "target met")
            } else if gap.min == 0 {
                Bilingual(zh: "已达目标下限，距上限尚差\(gap.max)个", en: "minimum met, \(gap.max) more to the maximum")
            } else {
                Bilingual(zh: "尚差\(gap.text)个", en: "\(gap.text) still to sign")
            }
        return Bilingual(
            zh: "\(year)年目标新结好\(range)个，\(figures.zh)，\(tail.zh)。",
            en: "\(year) target: \(range) new partnerships; \(figures.en); \(tail.en).")
    }

    /// 「到2020-12-31目标友城81个，现有78个，尚差3个。」 and its English; nil without that target.
    public var totalSentence: Bilingual? {
        total.map {
            Bilingual(
                zh: "到\($0.date)目标友城\($0.target)个，现有\($0.reached)个，尚差\($0.gap)个。",
                en: "By \($0.date): target \($0.target) partnerships, \($0.reached) now, \($0.gap) to go.")
        }
    }

    /// 「到2020-12-31目标有友城的下辖地区12个，已有10个，尚差2个。」 and its English; nil without that target.
    public var localitiesSentence: Bilingual? {
        localities.map {
            Bilingual(
                zh: "到\($0.date)目标有友城的下辖地区\($0.target)个，已有\($0.reached)个，尚差\($0.gap)个。",
                en: "By \($0.date): target \($0.target) localities with a partner, \($0.reached) now, \($0.gap) to go.")
        }
    }
}
