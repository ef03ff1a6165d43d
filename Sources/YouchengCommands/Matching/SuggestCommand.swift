import ArgumentParser
import Foundation
import YouchengCore
import YouchengStore

/// `youcheng suggest --home HOME [--themes T1,T2] [--country C] [--group G] [--limit N] [--json]`: suggested
/// partners for a home, best first, with each factor's points; `--json` prints what `GET /api/v1/suggestions`
/// answers.
struct SuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest", abstract: "推荐结好对象 / suggested partners for a home, with points per factor")
    @Option(help: "本地主体（代码或名称）/ the home locality (code or name)") var home: String
    @Option(help: "主题，逗号分隔 / themes, separated by commas") var themes: String?
    @Option(help: "只看该国 / only this country") var country: String?
    @Option(help: "只看该国家组（BRI-MOU、RCEP、EU …）/ only this country group") var group: String?
    @Option(help: "最多列出几个（默认 20，至多 500）/ how many to list (20 by default, at most 500)") var limit: Int = 20
    @OptionGroup var db: DatabaseOptions
    @Flag(help: "以 JSON 输出 / print JSON") var json = false

    func run() async throws {
        let output = try await withServices(db) { services in
            try await SuggestRun.run(
                services: services, home: home, themes: themes, country: country, group: group, limit: limit)
        }
        print(json ? output.json.serialized() : output.text)
    }
}

/// What `youcheng suggest` does, callable from tests.
public enum SuggestRun {
    /// The suggestions and how to print them.
    public struct Output: Sendable {
        /// The home asked about.
        public let home: Locality
        /// The query the arguments made.
        public let query: SuggestionQuery
        /// The suggestions.
        public let page: ListPage<Suggestion>

        /// The same JSON as the API.
        public var json: JSONValue { MatchingJSON.suggestions(page, home: home, query: query) }

        /// One line a city: rank, score, names, country, population, then each factor's points.
        public var text: String {
            guard !page.items.isEmpty else { return "没有符合条件的城市 / no city matches" }
            var lines = ["\(home.fullName) \(home.code)：共 \(page.total) 个候选 / \(page.total) candidates"]
            let names = MatchFactor.allCases.map(\.rawValue).joined(separator: " ")
            lines.append("#\t得分 score\t城市 city\t国家 country\t人口 population\t\(names)")
            for (index, s) in page.items.enumerated() {
                let points = s.factors.map { String($0.points) }.joined(separator: " ")
                let name = s.city.nameZh.isEmpty ? s.city.name : "\(s.city.nameZh) \(s.city.name)"
                lines.append("\(index + 1)\t\(s.total)\t\(name)\t\(s.city.country)\t\(s.city.population)\t\(points)")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Reads the arguments as the API reads its parameters and scores the cities; a bad value fails naming it.
    public static func run(
        services: Services, home homeText: String, themes: String?, country: String?, group: String?, limit: Int
    ) async throws -> Output {
        guard (1...SuggestionQuery.maxPer).contains(limit) else {
            throw CommandFailure(
                Bilingual(
                    zh: "--limit 应为 1 到 \(SuggestionQuery.maxPer) 之间的整数",
                    en: "--limit must be a whole number from 1 to \(SuggestionQuery.maxPer)"))
        }
        let reference = services.reference
        do {
            let home = try reference.localities.homeParameter(homeText)
            var parameters = [("per", String(limit))]
            if let themes { parameters.append(("themes", themes)) }
            if let country { parameters.append(("country", country)) }
            if let group { parameters.append(("group", group)) }
            let query = try SuggestionQuery(parameters: parameters, catalog: reference.countries)
            let context = try await services.matching.context(
                home: home, registry: services.registry, reference: reference, gazetteer: .bundled)
            let page = context.suggestions(query, gazetteer: .bundled, catalog: reference.countries)
            return Output(home: home, query: query, page: page)
        } catch let error as FieldError {
            throw CommandFailure(error.message)
        }
    }
}
