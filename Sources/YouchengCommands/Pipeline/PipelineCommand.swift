import ArgumentParser
import Foundation
import YouchengCore
import YouchengStore

/// `youcheng pipeline [--home …] [--year Y] [--json]`: a home's twinning pipeline against the year's target, as
/// `/pipeline` shows it; `--json` prints exactly what `GET /api/v1/pipeline` answers.
struct PipelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline", abstract: "结好意向与年度目标进度 / the twinning pipeline against the year's target")
    @Option(help: "本地主体（名称或区划代码；默认：当年设有目标的或意向最多的）/ the home (a name or code)")
    var home: String?
    @Option(help: "年份（默认今年）/ the year (this year by default)") var year: Int?
    @OptionGroup var db: DatabaseOptions
    @Flag(help: "以 JSON 输出 / print JSON") var json = false

    func run() async throws {
        let today = try PlanCommand.day(nil)
        let progress = try await withServices(db) { services in
            try await PipelineRun.progress(services: services, home: home, year: year, today: today)
        }
        print(json ? progress.json.serialized() : Self.text(progress, reference: .bundled))
    }

    /// The sentences and the figures by stage, for people.
    static func text(_ p: PipelineProgress, reference: ReferenceData) -> String {
        let name = reference.localities.locality(p.homeCode)?.fullName ?? p.homeCode
        var lines = ["\(name)（\(p.homeCode)）\(p.year)", p.sentence.zh, p.sentence.en]
        for sentence in [p.totalSentence, p.localitiesSentence].compactMap({ $0 }) {
            lines += [sentence.zh, sentence.en]
        }
        lines.append("阶段 / stage\t数量 / count")
        for stage in ProspectStage.allCases {
            lines.append("\(stage.label.zh) / \(stage.label.en)\t\(p.byStage[stage] ?? 0)")
        }
        return lines.joined(separator: "\n")
    }
}
