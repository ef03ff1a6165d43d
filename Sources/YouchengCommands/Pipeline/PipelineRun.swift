import Foundation
import YouchengCore
import YouchengStore

/// What `youcheng pipeline` works out, apart from printing, so tests call it.
public enum PipelineRun {
    /// The progress of `home` (or the default home) in `year` (or `today`'s year), or a failure naming the option.
    public static func progress(services: Services, home: String?, year: Int?, today: Day) async throws
        -> PipelineProgress
    {
        let year = year ?? today.year
        guard (1900...2100).contains(year) else {
            throw CommandFailure(Bilingual(zh: "--year 应为 1900–2100 的年份", en: "--year must be from 1900 to 2100"))
        }
        let code: String
        if let home {
            switch services.reference.localities.resolve(home) {
            case .success(let locality): code = locality.code
            case .failure(let error): throw CommandFailure(error.message)
            }
        } else if let found = try await services.prospects.defaultHome(year: year) {
            code = found
        } else {
            throw CommandFailure(
                Bilingual(
                    zh: "没有设定目标或登记意向的本地主体，请用 --home 指定",
                    en: "no home has a target or prospects; give one with --home"))
        }
        return try await services.prospects.progress(homeCode: code, year: year, asOf: today)
    }

}
