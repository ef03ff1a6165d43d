import Testing
import YouchengCore

/// The chart geometry, with every number worked out by hand.
@Suite struct ChartScaleTests {
    @Test func ticksAreOneTwoOrFiveTimesAPowerOfTenUpToTheMax() {
        #expect(ChartScale.ticks(max: 0) == [0, 1])
        #expect(ChartScale.ticks(max: 7) == [0, 2, 4, 6, 8])
        #expect(ChartScale.ticks(max: 23) == [0, 5, 10, 15, 20, 25])
        #expect(ChartScale.ticks(max: 1000) == [0, 200, 400, 600, 800, 1000])
        #expect(ChartScale.ticks(max: 1) == [0, 1])
    }

    @Test func columnsShareTheWidthAndStandOnTheBottom() {
        // 300 wide, 3 bands of 100; a gap of 20 leaves bars of 80 starting 10 into their band.
        let layout = BandLayout(count: 3, extent: 300, gap: 20)
        #expect(layout.band == 100 && layout.barWidth == 80)
        #expect(
            layout.columns([5, 10, 0], top: 10, height: 200) == [
                ChartRect(x: 10, y: 100, width: 80, height: 100), ChartRect(x: 110, y: 0, width: 80, height: 200),
                ChartRect(x: 210, y: 200, width: 80, height: 0),
            ])
        #expect(
            layout.points([2, 5, 5], top: 10, height: 200) == [
                ChartPoint(x: 50, y: 160), ChartPoint(x: 150, y: 100), ChartPoint(x: 250, y: 100),
            ])
    }

    @Test func horizontalBarsStartAtTheLeftEdge() {
        // 60 tall, 2 bands of 30, bars 20 thick starting at 5 and 35; 120 wide with a top of 6: 3 → 60.
        let layout = BandLayout(count: 2, extent: 60, gap: 10)
        #expect(
            layout.bars([3, 6], top: 6, width: 120) == [
                ChartRect(x: 0, y: 5, width: 60, height: 20), ChartRect(x: 0, y: 35, width: 120, height: 20),
            ])
    }

    @Test func stackedSegmentsStartWhereTheSeriesBelowEnds() {
        // 100 tall with a top of 4: each count is 25.
        let layout = BandLayout(count: 2, extent: 200, gap: 20)
        #expect(
            layout.stacked([[1, 2], [3, 0]], top: 4, height: 100) == [
                [ChartRect(x: 10, y: 75, width: 80, height: 25), ChartRect(x: 110, y: 50, width: 80, height: 50)],
                [ChartRect(x: 10, y: 0, width: 80, height: 75), ChartRect(x: 110, y: 50, width: 80, height: 0)],
            ])
    }

    @Test func cumulativeSumsRunOn() {
        #expect(ChartScale.cumulative([2, 0, 3, 1]) == [2, 2, 5, 6])
        #expect(ChartScale.cumulative([]) == [])
    }

    @Test func percentSharesSumToAHundred() {
        #expect(ChartScale.percentShares([1, 1, 1]) == [34, 33, 33])
        #expect(ChartScale.percentShares([2, 1]) == [67, 33])
        #expect(ChartScale.percentShares([0, 0]) == [0, 0])
        // 28 in all: 3.57, 7.14, 10.71, 14.29, 17.86, 21.43, 25 → 97 rounded down; the 3 largest remainders go up.
        let shares = ChartScale.percentShares([1, 2, 3, 4, 5, 6, 7])
        #expect(shares == [4, 7, 11, 14, 18, 21, 25])
        #expect(shares.reduce(0, +) == 100)
    }

    @Test func labelsAreThinnedToFit() {
        #expect(ChartScale.labelEvery(count: 38, maxLabels: 12) == 4)
        #expect(ChartScale.labelEvery(count: 5, maxLabels: 12) == 1)
    }

    @Test func yearCountsFillTheGapsAndCountTheUndated() {
        let counts = YearCounts([2001, nil, 2003, 2001])
        #expect(counts.years == [2001, 2002, 2003] && counts.counts == [2, 0, 1] && counts.undated == 1)
        #expect(YearCounts([nil]).years.isEmpty)
    }
}
