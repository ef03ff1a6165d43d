import Foundation
import YouchengCore

/// The `home` and `year` of the pipeline page and `GET /api/v1/pipeline`: the home asked for (a code or a name),
/// else the principal's unit's home, else the store's default (`ProspectStore.defaultHome`); the year asked for,
/// else this year. Nil home when there is none at all.
struct PipelineScope: Sendable {
    /// The home, if any.
    var home: Locality?
    /// The year.
    var year: Int

    /// Reads the parameters; an unknown home or a year outside 1900–2100 is refused with the parameter's name.
    init(query: QueryString, principal: Principal, dependencies: WebDependencies) async throws {
        let today = dependencies.noticeToday
        let yearText = (query["year"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if yearText.isEmpty {
            year = today.year
        } else if let number = Int(yearText), (1900...2100).contains(number) {
            year = number
        } else {
            throw FieldError(
                code: "invalid_parameter", field: "year",
                message: Bilingual(
                    zh: "参数 year「\(yearText)」应为 1900–2100 的年份",
                    en: "parameter year: \"\(yearText)\" must be a year from 1900 to 2100"))
        }
        let localities = dependencies.reference.localities
        let homeText = (query["home"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !homeText.isEmpty {
            home = try localities.homeParameter(homeText)
        } else if let code = principal.unitHomeCode, let locality = localities.locality(code) {
            home = locality
        } else {
            home = try await dependencies.services.prospects.defaultHome(year: year).flatMap(localities.locality)
        }
    }
}
